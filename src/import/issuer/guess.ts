/**
 * What every issuer source returns, and the words that start a body's name.
 */
import type { DocumentSystem, Level } from '../../model/directive.ts';
import { WORD_END } from '../../text/words.ts';
import { levelOfIssuer, parentOfIssuer, systemOfIssuer, territoriesOf } from './level.ts';
import { nameKey } from './text.ts';
import { BODY_START_SOURCE, ORGANS } from './words.ts';

export interface IssuerGuess {
  /** The body's name in proper Vietnamese case ("Ban Tuyên giáo Tỉnh ủy Cao Bằng"). */
  name: string;
  level?: Level;
  system?: DocumentSystem;
  /** The body it belongs to, when the text names it ("Tỉnh ủy Cao Bằng", "Bộ Thông tin và Truyền thông"). */
  parent?: string;
  /** Indexes (0-based) of the input lines the name was read from. */
  lines: number[];
}

/** A guess from a name: level and system from the name, else from its parent. */
export function guess(name: string, lines: number[], parent?: string): IssuerGuess {
  const level = levelOfIssuer(name) ?? (parent ? levelOfIssuer(parent) : undefined);
  const system = systemOfIssuer(name) ?? (parent ? systemOfIssuer(parent) : undefined);
  return { name, ...(level ? { level } : {}), ...(system ? { system } : {}), ...(parent ? { parent } : {}), lines };
}

/** A name's first words name a body: "Ban …", "Ủy ban …", "UBND …", "Tỉnh ủy …". */
export const BODY_START = new RegExp(`^${BODY_START_SOURCE}`, 'u');
const ORGAN_START = new RegExp(`^(?:${ORGANS.join('|')})${WORD_END}`, 'u');
/** An organ of a committee, by its first words: "Ban Tuyên giáo …", "Văn phòng …", "Tiểu ban …". */
export const startsWithOrgan = (name: string) => ORGAN_START.test(nameKey(name));
/** An organ named without its committee or a place: "Ban Tuyên giáo", "Ban Thường trực", "Văn phòng". */
export const isBareOrgan = (name: string) => startsWithOrgan(name) && !parentOfIssuer(name) && !territoriesOf(name).length;
/** A body's name in a header line or a sentence is at most this many words. */
export const MAX_NAME_WORDS = 16;
