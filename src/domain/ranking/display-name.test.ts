import { describe, expect, it } from 'vitest';
import { displayName } from './display-name.ts';

describe('displayName: initials', () => {
  it.each([
    ['Anna de Vries', 'A. d. V.'],
    ['Jan van der Berg', 'J. v. d. B.'],
    ['Kees van den Heuvel', 'K. v. d. H.'],
    ["Pieter van 't Hek", "P. v. 't H."],
    ['Pieter van ’t Hek', "P. v. 't H."],
    ['Els ter Horst', 'E. t. H.'],
    ['Anna Maria de Vries', 'A. M. d. V.'],
    ['Anne-Marie Jansen', 'A.-M. J.'],
    ['Sanne Jansen-de Vries', 'S. J.-d. V.'],
    ['IJsbrand Smit', 'IJ. S.'],
    ['Femke IJzerman', 'F. IJ.'],
    ['anna de vries', 'A. d. V.'],
    ['Jan De Smet', 'J. D. S.'],
    ['Mohammed El Amrani', 'M. E. A.'],
    ['Özlem Yılmaz', 'Ö. Y.'],
    ['  Anna   de  Vries ', 'A. d. V.'],
    ['Cher', 'C.'],
    ['Van Dijk', 'V. D.'],
  ])('%s → %s', (name, expected) => {
    expect(displayName({ name }, 'initials')).toBe(expected);
  });
});

describe('displayName: other preferences', () => {
  it('shows the full name tidied', () => {
    expect(displayName({ name: '  Anna   de Vries ' }, 'full')).toBe('Anna de Vries');
  });

  it('hides the name', () => {
    expect(displayName({ name: 'Anna de Vries' }, 'hidden')).toBeNull();
  });

  it('gives null for a blank name whatever the preference', () => {
    expect(displayName({ name: '   ' }, 'full')).toBeNull();
    expect(displayName({ name: '' }, 'initials')).toBeNull();
  });
});
