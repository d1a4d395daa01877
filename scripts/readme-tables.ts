// The tables of inputs and outputs in docs/inputs.md, generated from action.yml so that they cannot drift from it:
// `npm run docs` rewrites them; __tests__/action-yml.test.ts fails when the page holds other tables.
import { readFileSync, writeFileSync } from 'node:fs'
import { load } from 'js-yaml'

export interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}

const cell = (text: string) =>
  text
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')

/** The default column: action.yml's default, else a closing "Default: …." sentence of the description. */
function defaultAndDescription(input: { description: string; default?: string }): [string, string] {
  const description = cell(input.description)
  if (input.default) return [`\`${cell(input.default)}\``, description]
  const stated = /\s*Default: ([^;]*?)\.$/.exec(description)
  return stated ? [stated[1], description.slice(0, stated.index)] : ['', description]
}

function inputsTable(action: ActionYml): string {
  const rows = Object.entries(action.inputs).map(([name, input]) => {
    const [fallback, description] = defaultAndDescription(input)
    return `| \`${name}\` | ${fallback} | ${description} |`
  })
  return ['| input | default | description |', '|---|---|---|', ...rows].join('\n')
}

function outputsTable(action: ActionYml): string {
  const rows = Object.entries(action.outputs).map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`)
  return ['| output | description |', '|---|---|', ...rows].join('\n')
}

/** The page with the text between each pair of markers replaced by the table generated from action.yml. */
export function withTables(readme: string, action: ActionYml): string {
  const tables: Record<string, string> = { inputs: inputsTable(action), outputs: outputsTable(action) }
  let text = readme
  for (const [name, table] of Object.entries(tables)) {
    const start = `<!-- ${name}: generated from action.yml by npm run docs -->`
    const end = `<!-- end of ${name} -->`
    const from = text.indexOf(start)
    const to = text.indexOf(end)
    if (from < 0 || to < from) throw new Error(`docs/inputs.md has no "${start}" … "${end}" markers`)
    text = `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`
  }
  return text
}

if (process.argv[1] === import.meta.filename) {
  const readme = new URL('../docs/inputs.md', import.meta.url)
  const action = load(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as ActionYml
  writeFileSync(readme, withTables(readFileSync(readme, 'utf8'), action))
}
