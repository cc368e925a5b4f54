// Mocha's browser build (no Node), set up before the test files define their suites: index.ts imports this first.
import 'mocha/mocha.js';

mocha.setup({ ui: 'bdd', timeout: 120_000, reporter: Mocha.reporters.Base });
