/**
 * Comparing and completing issuer names given by sources that only give a name (a portal's
 * "Nơi ban hành", a lead's subject, a signature).
 */
import type { IssuerGuess } from './guess.ts';
import { levelOfIssuer, parentOfIssuer, systemOfIssuer } from './level.ts';
import { looseKey } from './text.ts';

/** A body's name as given by a source that only gives the name: level, system and parent read from it. */
export const issuerGuessOf = (name: string): IssuerGuess => {
  const level = levelOfIssuer(name), system = systemOfIssuer(name), parent = parentOfIssuer(name);
  return { name, ...(level ? { level } : {}), ...(system ? { system } : {}), ...(parent ? { parent } : {}), lines: [] };
};
export const looseContains = (a: string, b: string) => !!b && looseKey(a).includes(looseKey(b));
/** Two names of one body: one holds the other ("Ban Tuyên giáo Tỉnh ủy" in "Ban Tuyên giáo Tỉnh ủy Hà Tĩnh"). */
export const sameBody = (a: IssuerGuess, b: IssuerGuess) => looseContains(a.name, b.name) || looseContains(b.name, a.name);

