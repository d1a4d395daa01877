// Extra image tags from the `tags` input: one template per line, each for the
// release types it names. `{{major}}.{{minor}}` on releases is an alias that
// moves only when this release is the highest of its line; dev tags can never
// pass for a release tag.
import { branchTag } from './docker-tags.js'
import { compareVersions, isFinal, parseVersion } from './pep440.js'

export type TemplateTarget = { kind: 'release' } | { kind: 'dev' } | { kind: 'branch'; name: string }

export interface TagTemplate {
  text: string
  on: TemplateTarget
}

const PLACEHOLDERS = ['version', 'major', 'minor', 'patch', 'branch', 'sha7', 'sha', 'tag']
const VALID_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/

/** `{{major}}.{{minor}}`, `sha-{{sha7}} on dev`, `edge on branch develop`; what is wrong with each line otherwise. */
export function parseTagTemplates(lines: string[]): { templates: TagTemplate[]; problems: string[] } {
  const templates: TagTemplate[] = []
  const problems: string[] = []
  for (const line of lines) {
    const m = /^(\S+)(?:\s+on\s+(release|dev|branch\s+(\S+)))?$/.exec(line.trim())
    if (!m) {
      problems.push(`Input "tags": "${line}" is not "<template> [on release|dev|branch <name>]".`)
      continue
    }
    const text = m[1]
    const unknown = [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map(p => p[1]).filter(p => !PLACEHOLDERS.includes(p))
    if (unknown.length) {
      problems.push(
        `Input "tags": "${line}" uses {{${unknown.join('}}, {{')}}}; the placeholders are ${PLACEHOLDERS.map(p => `{{${p}}}`).join(', ')}.`
      )
      continue
    }
    const usesVersionParts = /\{\{\s*(major|minor|patch)\s*\}\}/.test(text)
    // Without "on": a template naming the version is a release's, any other a dev release's.
    const namesVersion = usesVersionParts || /\{\{\s*version\s*\}\}/.test(text)
    const on: TemplateTarget = m[3]
      ? { kind: 'branch', name: m[3] }
      : m[2] === 'dev'
        ? { kind: 'dev' }
        : m[2] === 'release' || namesVersion
          ? { kind: 'release' }
          : { kind: 'dev' }
    if (usesVersionParts && on.kind !== 'release') {
      problems.push(
        `Input "tags": "${line}" uses {{major}}, {{minor}} or {{patch}}, which only a release has; make it "on release".`
      )
      continue
    }
    templates.push({ text, on })
  }
  return { templates, problems }
}

export interface TagContext {
  type: 'release' | 'dev'
  version: string
  /** The branch of a dev release, and its sanitized tag. */
  branch?: string
  branchTag?: string
  sha: string
  /** Every final version this package has released (its tags), for the aliases' lines. */
  releasedVersions: string[]
}

export interface RenderedTags {
  tags: string[]
  /** Aliases held back, and why. */
  notes: string[]
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => values[name] ?? '')
}

function releaseValues(version: string): Record<string, string> {
  const release = parseVersion(version)?.release ?? []
  return {
    version,
    tag: version,
    major: String(release[0] ?? 0n),
    minor: String(release[1] ?? 0n),
    patch: String(release[2] ?? 0n)
  }
}

/** The extra tags this release gets from the templates. */
export function renderTags(templates: TagTemplate[], ctx: TagContext): RenderedTags {
  const tags: string[] = []
  const notes: string[] = []
  for (const template of templates) {
    if (ctx.type === 'release' && template.on.kind === 'release') {
      if (!isFinal(ctx.version)) {
        notes.push(`"${template.text}" not set: ${ctx.version} is not a final release.`)
        continue
      }
      const tag = fill(template.text, releaseValues(ctx.version))
      // An alias belongs to the highest final release that renders to it: a backport moves its own line only.
      const higher = ctx.releasedVersions.filter(
        v => isFinal(v) && compareVersions(v, ctx.version) > 0 && fill(template.text, releaseValues(v)) === tag
      )
      if (higher.length) {
        notes.push(`${tag} not moved: ${higher.sort(compareVersions).pop()} is a higher release of that line.`)
        continue
      }
      if (VALID_TAG.test(tag)) tags.push(tag)
      else notes.push(`"${template.text}" gives "${tag}", which is no valid tag.`)
    } else if (
      ctx.type === 'dev' &&
      (template.on.kind === 'dev' || (template.on.kind === 'branch' && template.on.name === ctx.branch))
    ) {
      const values = {
        version: ctx.version,
        branch: ctx.branchTag ?? '',
        tag: ctx.branchTag ?? '',
        sha7: ctx.sha.slice(0, 7),
        sha: ctx.sha
      }
      // Made a valid tag that cannot pass for a release, as branch names are (`latest` or a version get branch-).
      tags.push(branchTag(fill(template.text, values)))
    }
  }
  return { tags: [...new Set(tags)], notes }
}
