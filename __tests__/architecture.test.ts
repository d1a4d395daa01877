// ARCHITECTURE.md says which modules are pure and which touch the outside world; this keeps the code to it.
// Read with TypeScript's own parser, so `import type` (erased) is told from an import that loads a module.
import { readdirSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import ts from 'typescript'

const SRC = join(import.meta.dirname, '..', 'src')
const ARCHITECTURE = readFileSync(join(import.meta.dirname, '..', 'ARCHITECTURE.md'), 'utf8')

interface Import {
  specifier: string
  /** Loaded when the importing module loads (not `import type`, not `import()`). */
  static: boolean
  /** Only types come from it (`import type`): erased, but a dependency all the same. */
  typeOnly?: boolean
}

/** Every module a source file loads: static imports and re-exports that are not type-only, and import(). */
export function importsOf(source: string): Import[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true)
  const found: Import[] = []
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const typeOnly =
        clause?.isTypeOnly ||
        (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings)
          ? clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every(e => e.isTypeOnly)
          : false)
      found.push({ specifier: node.moduleSpecifier.text, static: !typeOnly, ...(typeOnly ? { typeOnly: true } : {}) })
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({
        specifier: node.moduleSpecifier.text,
        static: !node.isTypeOnly,
        ...(node.isTypeOnly ? { typeOnly: true } : {})
      })
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, static: false })
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

/** Every module of src/, as a path relative to it (`plan/planner.ts`). */
const sources = (readdirSync(SRC, { recursive: true }) as string[]).filter(f => f.endsWith('.ts')).sort()
const importsBy = new Map(sources.map(f => [f, importsOf(readFileSync(join(SRC, f), 'utf8'))]))
/** The module a relative specifier names, from `module`. */
const resolved = (module: string, specifier: string) =>
  posix.normalize(posix.join(posix.dirname(module), specifier)).replace(/\.js$/, '.ts')
const folderOf = (module: string) => (module.includes('/') ? module.split('/')[0] : '.')

/** The rules of ARCHITECTURE.md's table: which folders each folder's modules may load. */
const MAY_LOAD: Record<string, string[]> = {
  '.': ['shell', 'outside'],
  shell: ['shell', 'plan', 'versions', 'steps', 'outside'],
  plan: ['plan', 'versions'],
  versions: ['versions'],
  steps: ['steps', 'outside', 'plan', 'versions'],
  outside: ['outside', 'plan', 'versions']
}
const PURE = ['plan', 'versions']

/** Packages a pure module may use: they compute and touch nothing. */
const PURE_PACKAGES = ['smol-toml', 'node:crypto']

describe('the architecture', () => {
  it('reads itself: the test sees the imports that load a module, and only those', () => {
    const source = `import type { A } from './a.js'\nimport { type B } from './b.js'\nimport { c, type C } from './c.js'\nexport { d } from './d.js'\nexport type { E } from './e.js'\nconst f = () => import('./f.js')\nimport './g.js'\n`
    expect(importsOf(source)).toEqual([
      { specifier: './a.js', static: false, typeOnly: true },
      { specifier: './b.js', static: false, typeOnly: true },
      { specifier: './c.js', static: true },
      { specifier: './d.js', static: true },
      { specifier: './e.js', static: false, typeOnly: true },
      { specifier: './f.js', static: false },
      { specifier: './g.js', static: true }
    ])
  })

  it('has only the folders ARCHITECTURE.md names, and names every module in its folder', () => {
    expect([...new Set(sources.map(folderOf))].filter(f => !(f in MAY_LOAD))).toEqual([])
    for (const folder of Object.keys(MAY_LOAD).filter(f => f !== '.'))
      expect(ARCHITECTURE).toContain(`\`src/${folder}/\``)
    const unnamed = sources.filter(f => !ARCHITECTURE.includes(`\`${f.split('/').pop()}\``) && f !== 'index.ts')
    expect(unnamed).toEqual([])
  })

  it('keeps each folder to what it may load, types included, and pure folders to packages that touch nothing', () => {
    const slips: string[] = []
    for (const module of sources) {
      const folder = folderOf(module)
      for (const { specifier, typeOnly } of importsBy.get(module) ?? []) {
        if (specifier.startsWith('.')) {
          const target = resolved(module, specifier)
          if (!sources.includes(target)) slips.push(`${module} loads ${specifier}, which is no module of src/`)
          else if (!MAY_LOAD[folder].includes(folderOf(target))) slips.push(`${module} loads ${target}`)
        } else if (PURE.includes(folder) && !typeOnly && !PURE_PACKAGES.includes(specifier)) {
          slips.push(`${module} loads ${specifier}`)
        }
      }
    }
    expect(slips).toEqual([])
  })

  it('has no cycles: no module depends on itself through others, types included', () => {
    const cycles = new Set<string>()
    const visit = (module: string, path: string[]) => {
      for (const { specifier } of importsBy.get(module) ?? []) {
        if (!specifier.startsWith('.')) continue
        const target = resolved(module, specifier)
        const at = path.indexOf(target)
        if (at >= 0) cycles.add([...path.slice(at), target].join(' → '))
        else if (path.length < 40) visit(target, [...path, target])
      }
    }
    for (const module of sources) visit(module, [module])
    expect([...cycles].filter(c => c.split(' → ')[0] === [...c.split(' → ')].sort()[0])).toEqual([])
  })

  it('hands each step its own settings: nothing in steps/ reads the whole Inputs (plan/inputs.ts)', () => {
    const readers = sources.filter(
      module =>
        folderOf(module) === 'steps' &&
        (importsBy.get(module) ?? []).some(({ specifier }) => resolved(module, specifier) === 'plan/inputs.ts')
    )
    expect(readers).toEqual([])
    // The rule sees an import of it at all (type-only ones too).
    expect(
      importsOf("import type { Inputs } from '../plan/inputs.js'").map(i => resolved('steps/x.ts', i.specifier))
    ).toEqual(['plan/inputs.ts'])
  })

  it('calls the runner by its own name: outside/runner.ts is no @actions/core', () => {
    const aliased = sources.filter(module =>
      /import \* as core from '[./]*(outside\/)?runner\.js'/.test(readFileSync(join(SRC, module), 'utf8'))
    )
    expect(aliased).toEqual([])
  })

  it('declares every package it imports: src/ in dependencies, the tests in either', () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
      devDependencies: Record<string, string>
    }
    const TESTS = import.meta.dirname
    const packageOf = (specifier: string) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/')
    // Every import, type-only ones too: a type comes from a package as much as a value does.
    const bare = (source: string) =>
      [
        ...source.matchAll(
          /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"./][^'"]*)['"]|import\(\s*['"]([^'"./][^'"]*)['"]\s*\)/g
        )
      ]
        .map(m => m[1] ?? m[2])
        .filter(specifier => !specifier.startsWith('node:'))
        .map(packageOf)
    const undeclared: string[] = []
    for (const module of sources)
      for (const name of bare(readFileSync(join(SRC, module), 'utf8')))
        if (!(name in manifest.dependencies)) undeclared.push(`src/${module}: ${name}`)
    const tests = (readdirSync(TESTS, { recursive: true }) as string[]).filter(f => f.endsWith('.ts'))
    for (const test of tests)
      for (const name of bare(readFileSync(join(TESTS, test), 'utf8')))
        if (!(name in manifest.dependencies) && !(name in manifest.devDependencies))
          undeclared.push(`__tests__/${test}: ${name}`)
    expect(undeclared).toEqual([])
    expect(bare("import * as core from '@actions/core'\nimport type { X } from '@scope/pkg/lib/x.js'")).toEqual([
      '@actions/core',
      '@scope/pkg'
    ])
  })

  it('keeps publishing code off the plan path: what shell/main.ts loads at start-up reaches no publishing module', () => {
    const reached = new Set<string>()
    const walk = (module: string) => {
      if (reached.has(module)) return
      reached.add(module)
      for (const { specifier, static: isStatic } of importsBy.get(module) ?? [])
        if (isStatic && specifier.startsWith('.')) walk(resolved(module, specifier))
    }
    walk('shell/main.ts') // index.ts loads it, and only it, on demand
    const publishing = [
      ...sources.filter(m => folderOf(m) === 'steps'),
      'outside/docker.ts',
      'outside/registry-api.ts',
      'outside/package-index.ts',
      'outside/python.ts'
    ]
    expect(publishing.filter(m => reached.has(m))).toEqual([])
    expect(reached.has('plan/planner.ts')).toBe(true) // the walk follows imports at all
  })
})
