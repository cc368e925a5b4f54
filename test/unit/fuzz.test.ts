import fc from 'fast-check';
import { PROPERTIES } from '../fuzz/properties';

// The seeded, smaller run of `npm run fuzz` that is part of `npm test`.
describe('fuzz properties (seeded, 1,000 cases each)', () => {
  for (const { name, property } of PROPERTIES) {
    it(name, () => fc.assert(property, { numRuns: 1000, seed: 20261126 }));
  }
});
