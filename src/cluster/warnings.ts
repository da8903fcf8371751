/**
 * The API server's `Warning` response headers (RFC 7234 §5.5 form,
 * `299 - "text"`), where Pod Security Admission says what a pod "would
 * violate". HTTP clients join repeated headers with ", ", so the texts are
 * read as quoted strings, not split on commas (the texts hold commas).
 */
const WARNING = /(\d{3})\s+\S+\s+"((?:[^"\\]|\\.)*)"/g;

export function parseWarningHeader(header: string | undefined): string[] {
  if (!header) return [];
  const texts: string[] = [];
  for (const match of header.matchAll(WARNING)) texts.push(match[2]!.replace(/\\(.)/g, '$1'));
  return texts;
}

/** the Pod Security Admission warnings among them (warn mode, or enforce on workload resources) */
export function podSecurityWarnings(warnings: readonly string[]): string[] {
  return warnings.filter((text) => text.startsWith('would violate PodSecurity'));
}
