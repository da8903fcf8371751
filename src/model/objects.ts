/**
 * A Kubernetes object as read from a source file, with where it came from.
 * Every later stage works on these; none of them reads files.
 */
import type { FieldPath } from './path.js';
import type { Position } from '../render/yaml-source.js';

export type KubeObject = Record<string, unknown> & { apiVersion: string; kind: string };

/** Where a field is: a line and column, in the object's own file unless a file is named (a Kustomize patch). */
export interface SourceLocation extends Position {
  readonly file?: string;
}

export interface SourceObject {
  /** path relative to the working directory, with forward slashes */
  readonly file: string;
  /** 0-based index of the YAML document in its file */
  readonly documentIndex: number;
  /** 1-based line where the object starts */
  readonly line: number;
  readonly value: KubeObject;
  /** resolves a path inside this object to the line and column a person edits */
  locate(path: FieldPath): SourceLocation;
}

/**
 * A YAML document that is not a Kubernetes object (no apiVersion or kind):
 * Falco rules files, Helm values and the like. Not checked as objects; rule
 * families that understand such files find them here.
 */
export interface SourceDocument {
  readonly file: string;
  readonly documentIndex: number;
  readonly line: number;
  readonly value: unknown;
  locate(path: FieldPath): Position;
}

export interface ResourceRef {
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isKubeObject(value: unknown): value is KubeObject {
  return isRecord(value) && typeof value.apiVersion === 'string' && typeof value.kind === 'string';
}

export function resourceRef(object: KubeObject): ResourceRef {
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const name =
    typeof metadata.name === 'string'
      ? metadata.name
      : typeof metadata.generateName === 'string'
        ? metadata.generateName
        : '';
  const ref: ResourceRef = { apiVersion: object.apiVersion, kind: object.kind, name };
  return typeof metadata.namespace === 'string' ? { ...ref, namespace: metadata.namespace } : ref;
}

/** the API group of an apiVersion: '' for the core group */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}
