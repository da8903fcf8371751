/**
 * Falco conditions, read the way libsinsp's filter parser reads them, for two
 * questions only: which macros a condition references, and which words it is
 * made of (fields, values, list and macro names) for matching detections.
 *
 * Grammar (libsinsp `filter/parser`): `or` of `and` of `not` of checks; a
 * check is `( expr )`, a field check `field[arg] op value`, or a bare
 * identifier, which is a macro reference. A field name has at least one dot
 * (`proc.name`), so an identifier without one in check position is always a
 * macro. Operators: `exists`; `<= < >= >`; `== = != glob iglob contains
 * icontains bcontains startswith bstartswith endswith regex`; list operators
 * `intersects in pmatch` take `(v1, v2)` or a list name. Transformers such as
 * `tolower(proc.name)` wrap a field.
 *
 * Syntax errors are not reported here (`falco -V` does that, and the grammar
 * grows between Falco releases): a condition that does not parse yields its
 * words but no macro references, so it never produces a false finding.
 */

export interface ConditionScan {
  /** identifiers used as checks: macro references, in order of appearance */
  readonly macroReferences: string[];
  /** every field, value, list item and identifier, unquoted */
  readonly words: string[];
  /** false when the condition does not follow the grammar (words are then a loose split) */
  readonly parsed: boolean;
}

const UNARY_OPERATORS = ['exists'];
const NUMBER_OPERATORS = ['<=', '<', '>=', '>'];
// symbols first; word operators need a blank (or `(` for list operators) after them
const STRING_SYMBOL_OPERATORS = ['==', '=', '!='];
const STRING_WORD_OPERATORS = [
  'glob',
  'iglob',
  'contains',
  'icontains',
  'bcontains',
  'startswith',
  'bstartswith',
  'endswith',
  'regex',
];
const LIST_OPERATORS = ['intersects', 'in', 'pmatch'];
/** every comparison operator Falco accepts, for exception `comps` */
export const COMPARISON_OPERATORS: readonly string[] = [
  ...UNARY_OPERATORS,
  ...NUMBER_OPERATORS,
  ...STRING_SYMBOL_OPERATORS,
  ...STRING_WORD_OPERATORS,
  ...LIST_OPERATORS,
];
export const LIST_COMPARISON_OPERATORS: readonly string[] = LIST_OPERATORS;
const TRANSFORMERS = new Set(['tolower', 'toupper', 'b64', 'basename', 'len', 'val']);

// sticky: each matches exactly at the parser's position
const FIELD_NAME = /[a-zA-Z]+[a-zA-Z0-9_]*(\.[a-zA-Z]+[a-zA-Z0-9_]*)+/y;
const IDENTIFIER = /[a-zA-Z]+[a-zA-Z0-9_]*/y;
const FIELD_ARGUMENT = /[^ \t\n\r\b[\]"']+/y;
const BARE_STRING = /[^ \t\n\r\b(),="']+/y;
const NOT_KEYWORD = /not[ \t\n\r\b]+/y;
const CALL = /([a-zA-Z]+[a-zA-Z0-9_]*)\(/y;
const BLANKS = ' \t\n\r\b';

class ConditionSyntaxError extends Error {}

export function scanCondition(condition: string): ConditionScan {
  const parser = new ConditionParser(condition);
  try {
    parser.parse();
    return { macroReferences: parser.macros, words: parser.words, parsed: true };
  } catch (error) {
    if (!(error instanceof ConditionSyntaxError)) throw error;
    return { macroReferences: [], words: looseWords(condition), parsed: false };
  }
}

/** Words of a condition that does not parse: split on the grammar's delimiters. */
function looseWords(condition: string): string[] {
  return condition
    .split(/[\s(),=!<>[\]]+/)
    .map((word) => word.replace(/^["']|["']$/g, ''))
    .filter((word) => word !== '');
}

class ConditionParser {
  readonly macros: string[] = [];
  readonly words: string[] = [];
  private at = 0;
  private depth = 0;

  constructor(private readonly input: string) {}

  parse(): void {
    if (this.input.trim() === '') throw new ConditionSyntaxError('empty condition');
    this.parseOr();
    this.blank();
    if (this.at !== this.input.length) throw new ConditionSyntaxError('unexpected token');
  }

  private parseOr(): void {
    this.nest(() => {
      this.blank();
      this.parseAnd();
      this.blank();
      while (this.keyword('or')) {
        this.afterKeyword(() => this.parseAnd());
        this.blank();
      }
    });
  }

  private parseAnd(): void {
    this.nest(() => {
      this.blank();
      this.parseNot();
      this.blank();
      while (this.keyword('and')) {
        this.afterKeyword(() => this.parseNot());
        this.blank();
      }
    });
  }

  /** after `and` / `or`: a blank and the next operand, or `(` directly */
  private afterKeyword(operand: () => void): void {
    if (this.blank()) operand();
    else if (this.literal('(')) this.parseParenthesisedRest();
    else throw new ConditionSyntaxError("expected blank or '(' after a boolean operator");
  }

  private parseNot(): void {
    this.nest(() => {
      this.blank();
      while (this.take(NOT_KEYWORD) !== undefined);
      if (this.literal('not(')) this.parseParenthesisedRest();
      else this.parseCheck();
    });
  }

  private parseParenthesisedRest(): void {
    this.nest(() => {
      this.blank();
      this.parseOr();
      this.blank();
      if (!this.literal(')')) throw new ConditionSyntaxError("expected ')'");
    });
  }

  private parseCheck(): void {
    this.nest(() => {
      this.blank();
      if (this.literal('(')) {
        this.parseParenthesisedRest();
        return;
      }
      if (this.parseFieldOrTransformer()) {
        this.parseOperatorAndValue();
        return;
      }
      const identifier = this.take(IDENTIFIER);
      if (identifier === undefined) throw new ConditionSyntaxError('expected a check or a macro');
      this.macros.push(identifier);
      this.words.push(identifier);
    });
  }

  /** `field`, `field[arg]` or `transformer(field...)`; false when neither is here */
  private parseFieldOrTransformer(): boolean {
    const transformer = this.peek(CALL);
    if (transformer && TRANSFORMERS.has(transformer[1]!)) {
      this.at += transformer[0].length;
      this.blank();
      if (!this.parseFieldOrTransformer())
        throw new ConditionSyntaxError('expected a field in a transformer');
      this.blank();
      if (!this.literal(')')) throw new ConditionSyntaxError("expected ')' after a transformer");
      return true;
    }
    const field = this.take(FIELD_NAME);
    if (field === undefined) return false;
    this.words.push(field);
    if (this.literal('[')) {
      const argument = this.quoted() ?? this.take(FIELD_ARGUMENT);
      if (argument === undefined) throw new ConditionSyntaxError('expected a field argument');
      this.words.push(argument);
      if (!this.literal(']')) throw new ConditionSyntaxError("expected ']'");
    }
    return true;
  }

  private parseOperatorAndValue(): void {
    this.blank();
    if (this.wordOperator(UNARY_OPERATORS)) return;
    if (this.symbolOperator(NUMBER_OPERATORS) || this.symbolOperator(STRING_SYMBOL_OPERATORS)) {
      this.parseValue();
      return;
    }
    if (this.wordOperator(STRING_WORD_OPERATORS)) {
      this.parseValue();
      return;
    }
    if (this.listOperator()) {
      this.parseListValue();
      return;
    }
    throw new ConditionSyntaxError('expected a comparison operator');
  }

  private parseValue(): void {
    this.blank();
    if (this.parseFieldOrTransformerValue()) return;
    const value = this.quoted() ?? this.take(BARE_STRING);
    if (value === undefined) throw new ConditionSyntaxError('expected a value');
    this.words.push(value);
  }

  /** `val(field)` or a transformer on the right-hand side */
  private parseFieldOrTransformerValue(): boolean {
    const call = this.peek(CALL);
    return call !== undefined && TRANSFORMERS.has(call[1]!) && this.parseFieldOrTransformer();
  }

  private parseListValue(): void {
    this.blank();
    if (this.literal('(')) {
      this.blank();
      if (this.literal(')')) return;
      this.parseValue();
      this.blank();
      while (this.literal(',')) {
        this.parseValue();
        this.blank();
      }
      if (!this.literal(')')) throw new ConditionSyntaxError("expected ')' closing a list");
      return;
    }
    const listName = this.take(IDENTIFIER);
    if (listName === undefined) throw new ConditionSyntaxError('expected a list');
    this.words.push(listName);
  }

  private wordOperator(operators: readonly string[]): boolean {
    for (const operator of operators) {
      if (!this.input.startsWith(operator, this.at)) continue;
      const next = this.input[this.at + operator.length];
      // a word operator needs a blank after it; `exists` may also end the condition or a parenthesis
      if (
        (next !== undefined && BLANKS.includes(next)) ||
        (operator === 'exists' && (next === undefined || next === ')'))
      ) {
        this.at += operator.length;
        return true;
      }
    }
    return false;
  }

  private symbolOperator(operators: readonly string[]): boolean {
    for (const operator of operators) {
      if (this.literal(operator)) return true;
    }
    return false;
  }

  private listOperator(): boolean {
    for (const operator of LIST_OPERATORS) {
      if (!this.input.startsWith(operator, this.at)) continue;
      const next = this.input[this.at + operator.length];
      if (next !== undefined && (BLANKS.includes(next) || next === '(')) {
        this.at += operator.length;
        return true;
      }
    }
    return false;
  }

  private quoted(): string | undefined {
    const delimiter = this.input[this.at];
    if (delimiter !== '"' && delimiter !== "'") return undefined;
    let previous = '\\';
    for (let i = this.at; i < this.input.length; i++) {
      const ch = this.input[i]!;
      if (i > this.at && ch === delimiter && previous !== '\\') {
        const text = this.input.slice(this.at + 1, i);
        this.at = i + 1;
        return text.replace(/\\(.)/g, '$1');
      }
      previous = ch;
    }
    throw new ConditionSyntaxError('unterminated quoted string');
  }

  private keyword(word: string): boolean {
    return this.literal(word);
  }

  private literal(text: string): boolean {
    if (!this.input.startsWith(text, this.at)) return false;
    this.at += text.length;
    return true;
  }

  private peek(pattern: RegExp): RegExpExecArray | undefined {
    pattern.lastIndex = this.at;
    return pattern.exec(this.input) ?? undefined;
  }

  private take(pattern: RegExp): string | undefined {
    const match = this.peek(pattern);
    if (!match) return undefined;
    this.at += match[0].length;
    return match[0];
  }

  private blank(): boolean {
    const start = this.at;
    while (this.at < this.input.length && BLANKS.includes(this.input[this.at]!)) this.at++;
    return this.at > start;
  }

  /** libsinsp caps recursion; so do we, as input protection */
  private nest(body: () => void): void {
    if (++this.depth > 1000) throw new ConditionSyntaxError('condition nested too deeply');
    body();
    this.depth--;
  }
}
