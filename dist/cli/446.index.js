export const id = 446;
export const ids = [446];
export const modules = {

/***/ 79446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   failureMarkdown: () => (/* binding */ failureMarkdown),
/* harmony export */   outcomeMarkdown: () => (/* binding */ outcomeMarkdown)
/* harmony export */ });
/* harmony import */ var _plan_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40967);
/* harmony import */ var _versions_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13880);
// What a run did, as a person reads it in the job summary: the images pushed, the files uploaded, the tags a cleanup
// removed, and after a failure what was done and what was not. (The plan's own summary is the planner's.)


/** Where a person looks at an image's tags, for the registries that have such a page. */
function registryPage(image) {
    const [host, ...path] = image.split('/');
    if (!host.includes('.') && !host.includes(':') && host !== 'localhost') {
        const repo = path.length ? [host, ...path].join('/') : `library/${host}`;
        return `https://hub.docker.com/r/${repo}/tags`;
    }
    if (host === 'docker.io')
        return `https://hub.docker.com/r/${path.join('/')}/tags`;
    if (host === 'ghcr.io')
        return `https://${image}`;
    return undefined;
}
/** What was published where: the job summary of a real run. */
function outcomeMarkdown(plan, outcome, indexUrl) {
    if (plan.type === 'cleanup')
        return cleanupMarkdown(plan, outcome);
    const title = plan.type === 'release'
        ? `released ${plan.version}`
        : plan.type === 'verify'
            ? `verified ${plan.version}${outcome.image ? `: builds for ${(0,_versions_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(outcome.image.platforms.length, 'platform')}` : ''}, nothing published`
            : `development release ${plan.version}`;
    const lines = [`## dev-release: ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(title)}`, '', '| | |', '|---|---|'];
    const literal = new Set(['Ref', 'Commit', 'Version']);
    for (const [key, value] of (0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .rows */ .Ge)(plan).filter(([k]) => !['Docker tags', 'Image', 'Platforms'].includes(k))) {
        lines.push(`| **${key}** | ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(value, literal.has(key))} |`);
    }
    if (outcome.image && plan.type === 'verify') {
        lines.push('', `Built for ${outcome.image.platforms.join(', ')}; kept in the build cache, pushed nowhere. No login, no upload.`);
        if (outcome.image.how)
            lines.push('', `Built as decided before the build: ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(outcome.image.how)}.`);
    }
    else if (outcome.image) {
        const page = registryPage(plan.image);
        lines.push('', `### Docker image${page ? ` ([registry](${page}))` : ''}`, '', '| Tag | Digest | Platforms |', '|---|---|---|');
        const tags = outcome.image.refs.length ? outcome.image.refs : [`${plan.image} (by digest, for the merge job)`];
        for (const tag of tags) {
            lines.push(`| ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(tag, true)} | ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(outcome.image.digest, true)} | ${outcome.image.platforms.join(', ')} |`);
        }
        for (const more of outcome.image.more ?? []) {
            for (const tag of more.refs)
                lines.push(`| ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(tag, true)} | ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(more.digest, true)} | ${more.platforms.join(', ')} |`);
        }
        if (outcome.image.how)
            lines.push('', `Pushed as decided before the build: ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(outcome.image.how)}.`);
        for (const a of outcome.imageAttestations ?? [])
            lines.push('', `Provenance of <code>${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(a.image)}@${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(a.digest)}</code>: signed (${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(a.where)}), GitHub attestation ${a.id}; check it with <code>gh attestation verify oci://${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(a.image)}@${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(a.digest)} --owner ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(a.image.split('/')[1] ?? '')}</code>.`);
    }
    if (outcome.uploads.length) {
        lines.push('', `### Package index (${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(indexUrl)})`, '', '| File | Result |', '|---|---|');
        for (const u of outcome.uploads)
            lines.push(`| ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(u.file, true)} | ${u.result === 'skipped' ? 'not uploaded' : u.result}${u.why ? `: ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(u.why)}` : ''}${u.logIndex ? `, with a PEP 740 attestation (transparency log entry ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(u.logIndex)})` : ''} |`);
        if (outcome.indexPage)
            lines.push('', `[${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(outcome.distName ?? 'project')} ${plan.version} on the index](${outcome.indexPage})`);
    }
    if (plan.type === 'release' || plan.type === 'dev')
        lines.push('', `Check this release from anywhere: <code>${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)((0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyCommand */ .p0)(plan, indexUrl))}</code>`);
    const notes = [
        ...plan.warnings.map(w => `> [!WARNING]\n> ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(w)}`),
        ...plan.notices.map(n => `> [!NOTE]\n> ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(n)}`)
    ];
    if (notes.length)
        lines.push('', ...notes.flatMap(n => [n, '']));
    return lines.join('\n') + '\n';
}
const STEP_DONE = {
    'python-build': 'built',
    stage: 'staged',
    docker: 'pushed',
    'index-upload': 'uploaded',
    cleanup: 'removed'
};
/** The summary of a failed run: the plan, each step's fate, and the error. */
function failureMarkdown(plan, outcome, message) {
    // The reason first: the person who opens the failed job reads why before what.
    const what = plan.type === 'release' ? `release ${plan.version}` : `development release ${plan.version}`;
    const lines = [(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .failedMarkdown */ .hy)(`dev-release failed: ${what}`, message)];
    lines.push('| | |', '|---|---|');
    for (const [key, value] of (0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .rows */ .Ge)(plan))
        lines.push(`| **${key}** | ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(value, ['Ref', 'Commit', 'Version', 'Docker tags'].includes(key))} |`);
    lines.push('', '| Step | What happened |', '|---|---|');
    for (const step of plan.steps) {
        const fate = step.skippedBecause
            ? `skipped: ${step.skippedBecause}`
            : outcome.completed.includes(step.id)
                ? `done (${STEP_DONE[step.id]})`
                : outcome.current === step.id
                    ? '**failed**'
                    : 'not run';
        lines.push(`| ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(step.title)} | ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(fate)} |`);
    }
    if (outcome.image)
        lines.push('', `Pushed: ${outcome.image.refs.map(t => `<code>${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(t)}</code>`).join(', ')} (${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(outcome.image.digest)})`);
    const uploaded = outcome.uploads.filter(u => u.result === 'uploaded');
    lines.push('', uploaded.length
        ? `Uploaded to the index: ${uploaded.map(u => (0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(u.file)).join(', ')}`
        : 'Nothing was uploaded to the index.');
    return lines.join('\n') + '\n';
}
/** A job summary as plain text, for a terminal: no tags, entities or table rules. */
/** What became of a deleted branch's tags. */
function cleanupMarkdown(plan, outcome) {
    const lines = [
        `## dev-release: cleanup after ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(plan.ref || 'a deleted branch')}`,
        '',
        (0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(plan.reason),
        '',
        '| Tag | Result |',
        '|---|---|'
    ];
    for (const r of outcome.removed ?? [])
        lines.push(`| ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(r.ref, true)} | ${r.result}${r.why ? `: ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.why)}` : ''} |`);
    return lines.join('\n') + '\n';
}


/***/ })

};

//# sourceMappingURL=446.index.js.map