/**
 * Lists ordered by machine keys must not depend on the locale of the shell that builds the site
 * (issue 22): under lt_LT, localeCompare puts "y" before "j".
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compareKeys } from '../../src/text/compare.ts';
import { ROOT } from '../helpers/seeds.ts';

describe('compareKeys', () => {
  it('orders by code point', () => {
    expect(['y', 'j', 'a-1', 'a1', 'B', 'đ', 'd'].sort(compareKeys)).toEqual(['B', 'a-1', 'a1', 'd', 'j', 'y', 'đ']);
    expect(compareKeys('x', 'x')).toBe(0);
  });
  it('directives are listed in the same order whatever LANG / LC_ALL is', () => {
    const script = `
      import { compareDirectives } from './src/lib/labels.ts';
      const e = (id) => ({ id, data: { date: '2024-01-01', number: undefined } });
      console.log([e('ke-hoach-y'), e('ke-hoach-j')].sort(compareDirectives).map((x) => x.id).join(' '));`;
    const run = (locale: string) => execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT, env: { ...process.env, LC_ALL: locale, LANG: locale }, encoding: 'utf8',
    }).trim();
    expect(run('lt_LT.UTF-8')).toBe('ke-hoach-j ke-hoach-y');
    expect(run('C.UTF-8')).toBe('ke-hoach-j ke-hoach-y');
  });
});
