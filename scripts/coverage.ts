// Line coverage of all of src/: what jest measured in its own process (the unit tests, and every src/ file no test
// imports, at zero), merged with what every run of the bundle measured in the e2e tests (dist/index.js and
// dist/cli/index.js as child processes, each writing V8's coverage to DEV_RELEASE_CHILD_COVERAGE), mapped back to
// src/ through the bundle's source maps.
//
// Lines, not statements or branches: ncc's source maps say only which source line each bundle line comes from, so a
// line is what both sides can count alike. A line counts when it becomes code in the bundle (not a comment, a type, an
// import); it is covered when the innermost block around it in the bundle ran, or when jest saw it run.
import { mergeProcessCovs, type ProcessCov, type ScriptCov } from '@bcoe/v8-coverage'
import { decodedMappings, TraceMap } from '@jridgewell/trace-mapping'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = resolve(import.meta.dirname, '..')
const COVERAGE = join(ROOT, 'coverage')
const SRC = join(ROOT, 'src')
const DIST = pathToFileURL(join(ROOT, 'dist')).href + '/'

/** For each src/ file, for each line that becomes code: whether it ran. */
type Lines = Map<string, Map<number, boolean>>

function mark(lines: Lines, file: string, line: number, ran: boolean): void {
  let byLine = lines.get(file)
  if (!byLine) lines.set(file, (byLine = new Map()))
  byLine.set(line, (byLine.get(line) ?? false) || ran)
}

/** Every bundle line that comes from src/, with whether the innermost V8 block around it ran (when it was loaded). */
function bundleLines(lines: Lines, scriptPath: string, script: ScriptCov | undefined): void {
  const map = new TraceMap(readFileSync(`${scriptPath}.map`, 'utf8'))
  const code = readFileSync(scriptPath, 'utf8').split('\n')
  const ranges = (script?.functions ?? []).flatMap(f => f.ranges)
  let offset = 0
  decodedMappings(map).forEach((segments, index) => {
    const text = code[index] ?? ''
    const start = offset + (text.length - text.trimStart().length)
    offset += text.length + 1
    const segment = segments[0]
    if (segment?.length !== 4 && segment?.length !== 5) return
    if (!text.trim()) return
    // ncc writes every source as `.././src/…` whatever the map's directory: it means the package root.
    const source = join(ROOT, (map.sources[segment[1]] ?? '').replace(/^(\.\.?\/)+/, ''))
    if (!source.startsWith(SRC + '/')) return
    let innermost: { count: number; size: number } | undefined
    for (const range of ranges) {
      const size = range.endOffset - range.startOffset
      if (range.startOffset <= start && start < range.endOffset && (!innermost || size < innermost.size))
        innermost = { count: range.count, size }
    }
    mark(lines, relative(ROOT, source), segment[2] + 1, (innermost?.count ?? 0) > 0)
  })
}

interface JestFile {
  statementMap: Record<string, { start: { line: number } }>
  s: Record<string, number>
}

function main(): void {
  // Which lines become code, and which ran in a child process.
  const childDir = join(COVERAGE, 'children')
  const runs: ProcessCov[] = existsSync(childDir)
    ? readdirSync(childDir)
        .filter(f => f.endsWith('.json'))
        .map(f => JSON.parse(readFileSync(join(childDir, f), 'utf8')) as ProcessCov)
        .map(run => ({ result: run.result.filter(script => script.url.startsWith(DIST)) })) // node's own are most
    : []
  const scripts = new Map(mergeProcessCovs(runs).result.map(s => [fileURLToPath(s.url), s]))
  const lines: Lines = new Map()
  for (const dir of [join(ROOT, 'dist'), join(ROOT, 'dist', 'cli')]) {
    for (const file of readdirSync(dir).filter(f => f.endsWith('.js'))) {
      bundleLines(lines, join(dir, file), scripts.get(join(dir, file)))
    }
  }

  // What ran in jest's process, on the same lines.
  const inJest = join(COVERAGE, 'coverage-final.json')
  if (existsSync(inJest)) {
    const files = JSON.parse(readFileSync(inJest, 'utf8')) as Record<string, JestFile>
    for (const [path, data] of Object.entries(files)) {
      const byLine = lines.get(relative(ROOT, path))
      if (!byLine) continue
      for (const [id, statement] of Object.entries(data.statementMap)) {
        if (data.s[id] > 0 && byLine.has(statement.start.line)) byLine.set(statement.start.line, true)
      }
    }
  }

  const rows = [...lines.entries()]
    .map(([file, byLine]) => {
      const missed = [...byLine.entries()].filter(([, ran]) => !ran).map(([line]) => line)
      return { file, total: byLine.size, covered: byLine.size - missed.length, missed: missed.sort((a, b) => a - b) }
    })
    .sort((a, b) => a.file.localeCompare(b.file))
  const total = rows.reduce((n, r) => n + r.total, 0)
  const covered = rows.reduce((n, r) => n + r.covered, 0)
  const percent = (c: number, t: number) => (t ? ((100 * c) / t).toFixed(1) : '100.0').padStart(6)
  const out = [
    '',
    `Line coverage of src/ (lines that become code): the unit tests, and ${runs.length} runs of the bundle by the e2e tests`,
    ...rows.map(r => `${r.file.padEnd(38)} ${percent(r.covered, r.total)} %  ${String(r.total).padStart(4)} lines`),
    `${'all of src/'.padEnd(38)} ${percent(covered, total)} %  ${String(total).padStart(4)} lines`,
    ''
  ]
  process.stdout.write(out.join('\n'))
  writeFileSync(
    join(COVERAGE, 'lines.json'),
    JSON.stringify({ total, covered, files: rows }, null, 1) // the missed lines, for whoever looks
  )
}

main()
