// ARCHITECTURE.md says which modules are pure and which touch the outside world; this keeps the code to it.
// Read with TypeScript's own parser, so `import type` (erased) is told from an import that loads a module.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

const SRC = join(import.meta.dirname, '..', 'src')
const ARCHITECTURE = readFileSync(join(import.meta.dirname, '..', 'ARCHITECTURE.md'), 'utf8')

/** The `*.ts` names in the paragraph of ARCHITECTURE.md that opens with **heading**. */
function modulesIn(heading: string): string[] {
  const paragraph = ARCHITECTURE.split(/\n\s*\n/).find(p => p.startsWith(`**${heading}**`))
  if (!paragraph) throw new Error(`ARCHITECTURE.md has no paragraph opening with **${heading}**`)
  return [...paragraph.matchAll(/`([\w-]+\.ts)`/g)].map(m => m[1])
}

interface Import {
  specifier: string
  /** Loaded when the importing module loads (not `import type`, not `import()`). */
  static: boolean
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
      if (!typeOnly) found.push({ specifier: node.moduleSpecifier.text, static: true })
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) found.push({ specifier: node.moduleSpecifier.text, static: true })
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

const sources = readdirSync(SRC).filter(f => f.endsWith('.ts'))
const importsBy = new Map(sources.map(f => [f, importsOf(readFileSync(join(SRC, f), 'utf8'))]))
const local = (specifier: string) => specifier.replace(/^\.\//, '').replace(/\.js$/, '.ts')
const pure = modulesIn('Pure modules')
const effects = modulesIn('Effects')
const orchestration = modulesIn('Orchestration')

/** Packages a pure module may use: they compute and touch nothing. */
const PURE_PACKAGES = ['smol-toml', 'node:crypto']

describe('the architecture', () => {
  it('reads itself: the test sees the imports that load a module, and only those', () => {
    const source = `import type { A } from './a.js'\nimport { type B } from './b.js'\nimport { c, type C } from './c.js'\nexport { d } from './d.js'\nexport type { E } from './e.js'\nconst f = () => import('./f.js')\nimport './g.js'\n`
    expect(importsOf(source)).toEqual([
      { specifier: './c.js', static: true },
      { specifier: './d.js', static: true },
      { specifier: './f.js', static: false },
      { specifier: './g.js', static: true }
    ])
  })

  it('places every module of src/ in exactly one part of ARCHITECTURE.md', () => {
    const placed = [...pure, ...effects, ...orchestration]
    expect(sources.filter(f => !placed.includes(f))).toEqual([])
    expect(placed.filter(f => !sources.includes(f))).toEqual([])
    expect(placed.filter((f, i) => placed.indexOf(f) !== i)).toEqual([])
  })

  it('keeps pure modules pure: they load only pure modules and packages that touch nothing', () => {
    const slips: string[] = []
    for (const module of pure) {
      for (const { specifier } of importsBy.get(module) ?? []) {
        const allowed = specifier.startsWith('./') ? pure.includes(local(specifier)) : PURE_PACKAGES.includes(specifier)
        if (!allowed) slips.push(`${module} loads ${specifier}`)
      }
    }
    expect(slips).toEqual([])
  })

  it('keeps publishing code off the plan path: what main.ts loads at start-up reaches no publishing module', () => {
    const reached = new Set<string>()
    const walk = (module: string) => {
      if (reached.has(module)) return
      reached.add(module)
      for (const { specifier, static: isStatic } of importsBy.get(module) ?? [])
        if (isStatic && specifier.startsWith('./')) walk(local(specifier))
    }
    walk('main.ts') // index.ts loads it, and only it, on demand
    const publishing = [
      'executor.ts',
      'docker.ts',
      'registry-api.ts',
      'package-index.ts',
      'index-upload.ts',
      'python.ts'
    ]
    expect(publishing.filter(m => reached.has(m))).toEqual([])
    expect(reached.has('planner.ts')).toBe(true) // the walk follows imports at all
  })
})
