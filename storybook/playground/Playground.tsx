/**
 * The rules playground for administrators: choose a form and a profile, edit the profile and its
 * packs as JSON, and see at once the form's verdicts, the packs' test cases and the difference
 * against the base profile; export the files for `asysta rules test`. Works offline: nothing is
 * fetched or sent, the export is a download made in the page.
 */
import { cliText } from '@asysta/cli/messages';
import { useMemo, useState } from 'react';
import { isDate, localize, type Locale } from '@asysta/core';
import { builtInProfiles, sharedRulesEngine, type RuleResult } from '@asysta/rules';
import { getFormDefinition, listForms, validateSubmission } from '@asysta/forms';
import { AsystaForm } from '@asysta/ui-react';
import { analyse, builtInFiles, parseJsonFile, type Analysis, type EditedFile, type Problem } from './analysis';
import { JsonEditor } from './JsonEditor';
import { RulesPanel } from './RulesPanel';
import { dataEditorSchema, packEditorSchema, profileEditorSchema } from './schemas';
import './playground.css';
import { text } from './texts';

const DATA_FILE = 'dane.json';

export interface PlaygroundProps {
  form: string;
  profile: string;
  locale: Locale;
  asOf: string;
}

function filesOf(profileId: string): EditedFile[] {
  const profile = builtInProfiles.find((p) => p.id === profileId) ?? builtInProfiles[0]!;
  return builtInFiles(profile, sharedRulesEngine(profile.id).profile.packs);
}

/** What the form starts with: "empty", "valid:<name>", "invalid:<name>" or "own". */
type DataChoice = string;

function exampleData(formId: string, choice: DataChoice): Record<string, unknown> | undefined {
  const [kind, name] = choice.split(/:(.*)/s) as [string, string | undefined];
  if (kind !== 'valid' && kind !== 'invalid') return undefined;
  const found = getFormDefinition(formId).examples[kind].find((e) => e.name === name);
  return found ? (structuredClone(found.data) as Record<string, unknown>) : undefined;
}

function download(file: { name: string; text: string }) {
  const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  URL.revokeObjectURL(url);
}

function ProblemList({ problems, locale, onReveal }: { problems: readonly Problem[]; locale: Locale; onReveal: (p: Problem) => void }) {
  return (
    <div className="asysta-playground__problems" role="status">
      {problems.length === 0 ? (
        <p>{text('problems.none', locale)}</p>
      ) : (
        <>
          <p>
            <strong>{text('problems', locale, { count: problems.length })}</strong>
          </p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <button type="button" className="asysta-playground__link" onClick={() => onReveal(p)} data-line={p.line} data-pointer={p.pointer}>
                  {text('problem', locale, { file: p.file, line: p.line, pointer: p.pointer, message: p.message })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function TestsPanel({ analysis, locale }: { analysis: Analysis; locale: Locale }) {
  const passed = analysis.tests.filter((t) => t.passed).length;
  return (
    <section className="asysta-playground__panel" aria-labelledby="asysta-tests">
      <h3 id="asysta-tests">
        {text('tests', locale)}: {cliText('cli.test.summary', locale, { passed, failed: analysis.tests.length - passed })}
      </h3>
      <ul className="asysta-playground__tests">
        {/* The failed ones first: they are what an edit broke. */}
        {[...analysis.tests].sort((a, b) => Number(a.passed) - Number(b.passed)).map((test) => (
          <li key={`${test.pack}/${test.name}`} data-passed={test.passed}>
            {test.passed ? '✓' : '✗'} {text(test.passed ? 'test.passed' : 'test.failed', locale)}: {test.pack} › {test.name}
            {!test.passed && (
              <ul>
                {Object.entries(test.mismatches).map(([rule, [expected, actual]]) => (
                  <li key={rule}>
                    {cliText('cli.test.expected', locale, {
                      rule,
                      expected: text(`status.${expected}`, locale),
                      actual: actual === 'missing' ? '—' : text(`status.${actual}`, locale),
                    })}
                    {(test.verdicts[rule] ?? []).map((verdict, i) => (
                      <div key={i} className="asysta-playground__failing">
                        {verdict.message && <span>{verdict.message} </span>}
                        <code>{cliText('cli.explain.values', locale, { values: JSON.stringify(verdict.values) })}</code>
                      </div>
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function DifferencePanel({ analysis, locale }: { analysis: Analysis; locale: Locale }) {
  const { difference, packChanges, profile } = analysis;
  if (!difference || !profile) return null;
  const title = localize(profile.title, locale);
  const lines: string[] = [
    ...difference.addedPacks.map((id) => cliText('cli.diff.pack', locale, { id, title: localize(analysis.packs.find((p) => p.id === id)?.title ?? id, locale) })),
    ...difference.parameters.map((c) =>
      cliText('cli.diff.parameter', locale, { name: c.name, before: String(c.before ?? '—'), after: c.after, from: c.from ? cliText('cli.diff.from', locale, { date: c.from }) : '', reason: c.reason }),
    ),
    ...difference.disabledRules.map((d) => cliText('cli.diff.disabled', locale, { id: d.rule, reason: d.reason })),
    ...difference.addedRules.map((r) => text('diff.rule', locale, { id: r.rule, title: r.title })),
    ...packChanges.flatMap((c) => [
      ...c.parameters.map((p) => text('diff.packParameter', locale, { pack: c.pack, name: p.name, before: p.before, after: p.after })),
      ...c.addedRules.map((id) => text('diff.packRuleAdded', locale, { pack: c.pack, id })),
      ...c.removedRules.map((id) => text('diff.packRuleRemoved', locale, { pack: c.pack, id })),
      ...c.changedRules.map((id) => text('diff.packRuleChanged', locale, { pack: c.pack, id })),
    ]),
  ];
  return (
    <section className="asysta-playground__panel" aria-labelledby="asysta-diff">
      <h3 id="asysta-diff">{text('diff', locale)}</h3>
      <p>
        {difference.base
          ? cliText('cli.diff.header', locale, { id: difference.profile, title, base: difference.base })
          : cliText('cli.diff.noBase', locale, { id: difference.profile, title })}
      </p>
      <ul className="asysta-playground__diff">
        {(lines.length ? lines : [cliText('cli.diff.none', locale)]).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

export function Playground(props: PlaygroundProps) {
  const [locale, setLocale] = useState<Locale>(props.locale);
  const [formId, setFormId] = useState(props.form);
  const [profileId, setProfileId] = useState(props.profile);
  const [asOf, setAsOf] = useState(props.asOf);
  const [dataChoice, setDataChoice] = useState<DataChoice>(() => {
    const first = getFormDefinition(props.form).examples.valid[0];
    return first ? `valid:${first.name}` : 'empty';
  });
  const [files, setFiles] = useState<EditedFile[]>(() => filesOf(props.profile));
  const [generation, setGeneration] = useState(0);
  const [active, setActive] = useState(0);
  const [ownData, setOwnData] = useState('{}\n');
  const [reveal, setReveal] = useState<{ file: string; offset: number; seq: number } | undefined>(undefined);
  const [typed, setTyped] = useState<{ key: string; data: Record<string, unknown> } | undefined>(undefined);

  const definition = getFormDefinition(formId);
  const validAsOf = isDate(asOf);
  const analysis = useMemo(() => analyse(files, validAsOf ? asOf : props.asOf, locale), [files, asOf, validAsOf, locale, props.asOf]);
  // While the files have problems, the form keeps the last valid engine (adjusted during render).
  const [lastGood, setLastGood] = useState(analysis);
  if (analysis.engine && analysis !== lastGood) setLastGood(analysis);
  const good = analysis.engine ? analysis : lastGood;
  const engine = good.engine!;

  const own = useMemo(() => parseJsonFile({ name: DATA_FILE, text: ownData }, locale), [ownData, locale]);
  const initialData = useMemo(
    () => (dataChoice === 'own' ? (own.value !== null && typeof own.value === 'object' && !Array.isArray(own.value) ? (own.value as Record<string, unknown>) : undefined) : exampleData(formId, dataChoice)),
    [dataChoice, formId, own.value],
  );
  const dataKey = `${formId}|${dataChoice}|${dataChoice === 'own' ? ownData : ''}`;
  const facts = typed && typed.key === dataKey ? typed.data : initialData;

  const verdicts = useMemo((): { results: RuleResult[]; parameters: Record<string, number> } => {
    if (!validAsOf) return { results: [], parameters: {} };
    const submission = validateSubmission(formId, facts ?? {}, { engine, asOf, locale });
    const report = engine.explain(submission.data, { recordKind: formId, asOf, locale });
    return { results: report.results, parameters: engine.parametersAsOf(asOf) };
  }, [engine, formId, facts, asOf, validAsOf, locale]);

  const shownFiles: EditedFile[] = [...files, ...(dataChoice === 'own' ? [{ name: DATA_FILE, kind: 'data' as const, text: ownData }] : [])];
  const activeIndex = Math.min(active, shownFiles.length - 1);
  const activeFile = shownFiles[activeIndex]!;
  const problems = [...analysis.problems, ...own.problems.filter(() => dataChoice === 'own')];
  const problemsOf = (name: string) => problems.filter((p) => p.file === name);
  const schemaOf = (file: EditedFile) => (file.name === DATA_FILE ? dataEditorSchema(definition.schema) : file.kind === 'profile' ? profileEditorSchema : packEditorSchema);

  const chooseProfile = (id: string) => {
    setProfileId(id);
    setFiles(filesOf(id));
    setGeneration((g) => g + 1);
    setActive(0);
  };
  const chooseForm = (id: string) => {
    setFormId(id);
    const first = getFormDefinition(id).examples.valid[0];
    setDataChoice(first ? `valid:${first.name}` : 'empty');
  };
  const onEdit = (name: string, content: string) => {
    if (name === DATA_FILE) setOwnData(content);
    else setFiles((current) => current.map((f) => (f.name === name ? { ...f, text: content } : f)));
  };
  const revealProblem = (problem: Problem) => {
    const index = shownFiles.findIndex((f) => f.name === problem.file);
    if (index >= 0) setActive(index);
    setReveal((current) => ({ file: problem.file, offset: problem.from, seq: (current?.seq ?? 0) + 1 }));
  };

  return (
    <div className="asysta-playground" lang={locale}>
      <header className="asysta-playground__header">
        <h2>{text('title', locale)}</h2>
        <p>{text('intro', locale)}</p>
        <div className="asysta-playground__choices">
          <fieldset className="asysta-playground__language">
            <legend>{text('language', locale)}</legend>
            {(['pl', 'en'] as const).map((l) => (
              <button key={l} type="button" className="asysta-playground__button" aria-pressed={locale === l} lang={l} onClick={() => setLocale(l)}>
                {l === 'pl' ? 'Polski' : 'English'}
              </button>
            ))}
          </fieldset>
          <label>
            {text('form', locale)}
            <select className="asysta-input" value={formId} onChange={(e) => chooseForm(e.target.value)}>
              {listForms().map((f) => (
                <option key={f.id} value={f.id}>
                  {localize(f.title, locale)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {text('profile', locale)}
            <select className="asysta-input" value={profileId} onChange={(e) => chooseProfile(e.target.value)}>
              {builtInProfiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.id} – {localize(p.title, locale)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {text('data', locale)}
            <select className="asysta-input" value={dataChoice} onChange={(e) => setDataChoice(e.target.value)}>
              <option value="empty">{text('data.empty', locale)}</option>
              {definition.examples.valid.map((e) => (
                <option key={`valid:${e.name}`} value={`valid:${e.name}`}>
                  {text('data.valid', locale, { name: e.name })}
                </option>
              ))}
              {definition.examples.invalid.map((e) => (
                <option key={`invalid:${e.name}`} value={`invalid:${e.name}`}>
                  {text('data.invalid', locale, { name: e.name })}
                </option>
              ))}
              <option value="own">{text('data.own', locale)}</option>
            </select>
          </label>
          <label>
            {text('asOf', locale)}
            <input className="asysta-input" value={asOf} onChange={(e) => setAsOf(e.target.value)} aria-invalid={!validAsOf} />
          </label>
        </div>
      </header>

      <div className="asysta-playground__columns">
        <section className="asysta-playground__files" aria-labelledby="asysta-files">
          <h3 id="asysta-files">{text('files', locale)}</h3>
          <div className="asysta-playground__tabs">
            {shownFiles.map((file, i) => (
              <button key={file.name} type="button" className="asysta-playground__button" aria-pressed={i === activeIndex} onClick={() => setActive(i)} data-file={file.name}>
                {file.name}
                {problemsOf(file.name).length > 0 && ` (${problemsOf(file.name).length})`}
              </button>
            ))}
          </div>
          <JsonEditor
            key={`${generation}|${activeFile.name}`}
            initial={activeFile.text}
            schema={schemaOf(activeFile)}
            problems={problemsOf(activeFile.name)}
            label={text('editor', locale, { file: activeFile.name })}
            onChange={(content) => onEdit(activeFile.name, content)}
            reveal={reveal && reveal.file === activeFile.name ? reveal : undefined}
          />
          <ProblemList problems={problems} locale={locale} onReveal={revealProblem} />
          {!analysis.engine && <p className="asysta-playground__stale">{text('stale', locale)}</p>}
          <div className="asysta-playground__export">
            {files.map((file) => (
              <button key={file.name} type="button" className="asysta-playground__button" onClick={() => download(file)}>
                {text('export', locale, { file: file.name })}
              </button>
            ))}
            <button
              type="button"
              className="asysta-playground__button"
              onClick={() => {
                setFiles(filesOf(profileId));
                setGeneration((g) => g + 1);
              }}
            >
              {text('reset', locale)}
            </button>
            <p>{text('export.hint', locale, { packs: files.filter((f) => f.kind === 'pack').map((f) => f.name).join(' ') })}</p>
          </div>
          <DifferencePanel analysis={good} locale={locale} />
          <TestsPanel analysis={good} locale={locale} />
        </section>

        <section className="asysta-playground__form" aria-label={localize(definition.title, locale)}>
          {validAsOf && (
            <AsystaForm
              form={formId}
              engine={engine}
              locale={locale}
              asOf={asOf}
              data={initialData}
              onChange={(detail) => setTyped({ key: dataKey, data: detail.data })}
            />
          )}
          <RulesPanel
            results={verdicts.results}
            shownRules={definition.rules ?? []}
            packs={good.packs}
            profile={good.profile}
            parameters={verdicts.parameters}
            asOf={asOf}
            locale={locale}
          />
        </section>
      </div>
    </div>
  );
}
