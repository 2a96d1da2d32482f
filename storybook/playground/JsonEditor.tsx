/**
 * One JSON file in CodeMirror 6: @codemirror/lang-json, completion and hover docs from the format's
 * published JSON Schema (codemirror-json-schema), and the problems the page found – in the page's
 * language, at their span – shown as lint diagnostics the moment the text changes.
 */
import { useEffect, useRef } from 'react';
import { basicSetup } from 'codemirror';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { EditorSelection } from '@codemirror/state';
import { json, jsonLanguage } from '@codemirror/lang-json';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { jsonCompletion, jsonSchemaHover, stateExtensions, updateSchema } from 'codemirror-json-schema';
import { disableErrorLogging } from 'best-effort-json-parser';
import type { Problem } from './analysis';

// Completion parses half-typed JSON on purpose; its parser's console messages would only be noise.
disableErrorLogging();

export type EditorSchema = Parameters<typeof updateSchema>[1];

export interface JsonEditorProps {
  /** The text the editor starts with (the editor owns the text afterwards; remount to replace it). */
  initial: string;
  schema: EditorSchema;
  problems: readonly Problem[];
  label: string;
  onChange: (text: string) => void;
  /** Moves the cursor to an offset (and scrolls there) each time `seq` grows. */
  reveal?: { offset: number; seq: number } | undefined;
}

export function JsonEditor({ initial, schema, problems, label, onChange, reveal }: JsonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | undefined>(undefined);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      doc: initial,
      extensions: [
        basicSetup,
        json(),
        lintGutter(),
        jsonLanguage.data.of({ autocomplete: jsonCompletion() }),
        hoverTooltip(jsonSchemaHover()),
        stateExtensions(schema),
        // An explicit tab stop on the text (contenteditable alone is one too, but axe does not count
        // it, and then takes the scroller around it for a region no keyboard can reach).
        EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChangeRef.current(update.state.doc.toString());
        }),
      ],
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = undefined;
    };
    // The editor is made once per mount; the text, schema and problems are pushed into it below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (view.current) updateSchema(view.current, schema);
  }, [schema]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const length = editor.state.doc.length;
    const diagnostics: Diagnostic[] = problems.map((p) => ({
      from: Math.min(p.from, length),
      to: Math.min(Math.max(p.to, p.from), length),
      severity: 'error',
      message: `${p.pointer}: ${p.message}`,
    }));
    editor.dispatch(setDiagnostics(editor.state, diagnostics));
  }, [problems]);

  useEffect(() => {
    const editor = view.current;
    if (!editor || !reveal) return;
    const at = Math.min(reveal.offset, editor.state.doc.length);
    editor.dispatch({ selection: EditorSelection.cursor(at), effects: EditorView.scrollIntoView(at, { y: 'center' }) });
    editor.focus();
  }, [reveal]);

  return <div className="asysta-playground__editor" ref={host} />;
}
