// dependency-cruiser 17: dependency direction of the service (`npm run lint:deps`,
// i.e. `depcruise src --config .dependency-cruiser.cjs`). Errors fail CI, warnings do not.
//
// Layout:
//   src/core/**          shared kernel: npm packages and node builtins only, nothing else of the project
//   src/modules/<m>/**   one feature each; its public API is src/modules/<m>/index.ts
//   src/server/**        wires the modules (through their index.ts); src/config.ts counts as server
//   seeds/**             demo and test data: only src/server/demo-data.ts may load it
//
// Paths are relative to the repository root. Type-only imports count (tsPreCompilationDeps):
// a type reached through another module's internals couples the two as much as a value does.

/** A module's public entry point. */
const MODULE_INDEX = '^src/modules/[^/]+/index\\.ts$';
/** The wiring layer: src/server/** and src/config.ts. */
const SERVER = '^src/(server/|config\\.ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-independent',
      comment: 'src/core is the shared kernel: it may depend on npm packages and node builtins only, never on modules, server, config or seeds.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
    {
      name: 'core-not-to-project',
      comment: 'src/core must not reach outside src/ either (seeds, test, scripts, bench).',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^(seeds|test|scripts|bench)/' },
    },
    {
      name: 'modules-not-upward',
      comment: 'A module must not depend on the layer that wires it (src/server, src/config.ts): pass what it needs in through the module manifest / context instead.',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: SERVER },
    },
    {
      name: 'no-deep-cross-module',
      comment: "A module may use another module only through that module's index.ts (its public API), never its internal files.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/', pathNot: ['^src/modules/$1/', MODULE_INDEX] },
    },
    {
      name: 'server-via-module-index',
      comment: "src/server and src/config.ts wire modules through each module's index.ts only, never its internal files.",
      severity: 'error',
      from: { path: SERVER },
      to: { path: '^src/modules/', pathNot: MODULE_INDEX },
    },
    {
      name: 'no-seeds-in-production',
      comment: 'Seed data is not part of the service: only src/server/demo-data.ts (the opt-in demo data) may load it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/server/demo-data\\.ts$' },
      to: { path: '^seeds/' },
    },
    {
      name: 'no-tests-in-production',
      comment: 'The service must not load test code.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench|scripts)/' },
    },
    {
      name: 'no-circular',
      comment:
        'File-level import cycle: with CommonJS and decorators a cycle can hand a module an undefined import at load time. Break it (move the shared part down, or depend on an index/interface).',
      severity: 'error',
      from: { path: '^src/' },
      // Type-only imports are erased at compile time and cannot hand a module an undefined value.
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'This import cannot be resolved to a file on disk (a moved file, or an npm package missing from package.json).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-non-package-json',
      comment: 'This npm package is not declared in package.json (it only resolves because something else installed it).',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'not-to-dev-dep',
      comment: 'The service must not load a devDependency at run time (npm ci --omit=dev would break it); type-only imports are fine.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'], pathNot: ['node_modules/@types/'] },
    },
    {
      name: 'no-orphans',
      comment: 'Nothing imports this file and it imports nothing: dead code, or an entry point to list here.',
      severity: 'warn',
      from: {
        orphan: true,
        pathNot: [
          '(^|/)\\.[^/]+\\.(js|cjs|mjs|ts|json)$', // dot files
          '\\.d\\.(c|m)?ts$', // declaration files
          '(^|/)index\\.ts$', // module/barrel entry points
          '^src/migrations/', // loaded by MikroORM by file name
          '^test/',
        ],
      },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|data|test/generated)/' },
    moduleSystems: ['cjs', 'es6'],
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['require', 'node', 'default', 'types'],
      mainFields: ['main', 'types', 'typings'],
      extensions: ['.ts', '.d.ts', '.js', '.json'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
