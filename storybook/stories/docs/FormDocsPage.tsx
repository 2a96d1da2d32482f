/**
 * A form's docs page: what it is for, its source, its fields (from the labels every schema pattern
 * must have), what it computes and checks, and the rules it shows with their references and the
 * profiles that use them. Built from the definition and the packs, so it cannot go stale.
 */
import { builtInPacks, builtInProfiles, sharedRulesEngine } from '@asysta/rules';
import { getFormDefinition } from '@asysta/forms';
import { localize, withDomainDefinitions, type JsonSchema } from '@asysta/core';
import { ReferenceView } from '../reference';

const CHECK_TEXT: Record<string, string> = {
  timeOrder: 'koniec po początku',
  noOverlap: 'wiersze nie nakładają się w czasie',
  dateInMonth: 'data w wybranym miesiącu',
};

const SEVERITY: Record<string, string> = { error: 'błąd', warning: 'ostrzeżenie', info: 'informacja' };

/** The schema and uiSchema at a label's pattern ("/rows/*\/date"), following $refs into definitions. */
function fieldAt(schema: JsonSchema, ui: unknown, pattern: string): { type: string; required: boolean; widget?: string } {
  const definitions = (schema['definitions'] ?? {}) as Record<string, JsonSchema>;
  const deref = (node: JsonSchema | undefined): JsonSchema | undefined => {
    const ref = typeof node?.['$ref'] === 'string' ? /^#\/definitions\/(.+)$/.exec(node['$ref'] as string)?.[1] : undefined;
    return ref ? deref(definitions[ref]) : node;
  };
  let node: JsonSchema | undefined = deref(schema);
  let uiNode = ui as Record<string, unknown> | undefined;
  let required = true;
  for (const token of pattern.split('/').slice(1)) {
    if (token === '*') {
      node = deref(node?.['items'] as JsonSchema | undefined);
      uiNode = uiNode?.['items'] as Record<string, unknown> | undefined;
    } else {
      required &&= Array.isArray(node?.['required']) && (node['required'] as string[]).includes(token);
      node = deref((node?.['properties'] as Record<string, JsonSchema> | undefined)?.[token]);
      uiNode = uiNode?.[token] as Record<string, unknown> | undefined;
    }
  }
  const widget = (uiNode?.['ui:widget'] ?? uiNode?.['ui:field']) as string | undefined;
  const format = typeof node?.['format'] === 'string' ? ` (${String(node['format'])})` : '';
  return { type: `${String(node?.['type'] ?? '?')}${format}`, required, ...(widget ? { widget } : {}) };
}

export function FormDocsPage({ id }: { id: string }) {
  const definition = getFormDefinition(id);
  const schema = withDomainDefinitions(definition.schema);
  const rules = (definition.rules ?? []).map((ruleId) => {
    const pack = builtInPacks.find((p) => p.rules.some((r) => r.id === ruleId));
    return { ruleId, pack, rule: pack?.rules.find((r) => r.id === ruleId) };
  });
  return (
    <article className="asysta-docs" lang="pl">
      <h1>{definition.title.pl}</h1>
      <p>
        <em lang="en">{definition.title.en}</em> · <code>{definition.id}</code> · wersja {definition.version}
      </p>
      {definition.description && <p>{definition.description.pl}</p>}
      {definition.source && (
        <p>
          <strong>Źródło: </strong>
          <ReferenceView reference={definition.source} locale="pl" />
        </p>
      )}

      <h2>Pola</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Wskaźnik (JSON Pointer)</th>
            <th scope="col">Etykieta</th>
            <th scope="col">Typ / widżet</th>
            <th scope="col">Wymagane</th>
            <th scope="col">Podpowiedź</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(definition.labels).map(([pattern, label]) => {
            const field = fieldAt(schema, definition.uiSchema, pattern);
            return (
              <tr key={pattern}>
                <td>
                  <code>{pattern}</code>
                </td>
                <td>
                  {label.title.pl} <span lang="en">({label.title.en})</span>
                </td>
                <td>
                  {field.type}
                  {field.widget ? ` · ${field.widget}` : ''}
                </td>
                <td>{field.required ? 'tak' : ''}</td>
                <td>{label.help ? localize(label.help, 'pl') : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {(definition.derived?.length ?? 0) > 0 && (
        <>
          <h2>Wartości liczone przez formularz</h2>
          <ul>
            {definition.derived!.map((d) => (
              <li key={d.path}>
                <code>{d.path}</code> = <code>{JSON.stringify(d.logic)}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {(definition.checks?.length ?? 0) > 0 && (
        <>
          <h2>Sprawdzenia</h2>
          <ul>
            {definition.checks!.map((check, i) => (
              <li key={i}>
                {CHECK_TEXT[check.kind] ?? check.kind}: <code>{JSON.stringify(check)}</code>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>Reguły</h2>
      {rules.length === 0 ? (
        <p>Formularz nie pokazuje reguł z pakietów – tylko sprawdzenia schematu i powyższe.</p>
      ) : (
        <ul>
          {rules.map(({ ruleId, pack, rule }) => (
            <li key={ruleId}>
              <strong>{rule ? rule.title.pl : ruleId}</strong> <code>{ruleId}</code>
              {rule && (
                <>
                  {' '}
                  – {SEVERITY[rule.severity] ?? rule.severity}, od {rule.effective.from}
                  {rule.effective.to ? ` do ${rule.effective.to}` : ''}
                  <br />
                  Komunikat: „{rule.message.pl}”
                  <br />
                  Podstawa: <ReferenceView reference={rule.reference} locale="pl" />
                  <br />
                  Pakiet <code>{pack!.id}</code>, w profilach:{' '}
                  {builtInProfiles
                    .filter((p) => sharedRulesEngine(p.id).profile.packs.includes(pack!.id))
                    .map((p) => p.id)
                    .join(', ') || '—'}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
