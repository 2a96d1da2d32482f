/** ajv's error objects turned into located, translated messages (shared by forms and meta checks). */
import type { Locale } from './issue.js';
import { describeKind, translate } from './i18n.js';
import { catalog, type MessageKey } from './messages.js';
import { escapePointerToken } from './pointer.js';

/** The fields of an ajv ErrorObject that we read (ajv itself is not a run-time dependency). */
export interface RawSchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

export interface SchemaErrorDescription {
  path: string;
  code: MessageKey;
  message: string;
}

export function describeSchemaError(error: RawSchemaError, locale: Locale): SchemaErrorDescription {
  const { keyword, params } = error;
  let path = error.instancePath;
  let code: MessageKey;
  const values: Record<string, string | number> = { keyword };
  switch (keyword) {
    case 'required':
      // Point at the missing field itself, so the message stands next to it.
      path = `${path}/${escapePointerToken(String(params['missingProperty']))}`;
      code = 'schema.required';
      break;
    case 'additionalProperties':
      path = `${path}/${escapePointerToken(String(params['additionalProperty']))}`;
      values['property'] = String(params['additionalProperty']);
      code = 'schema.additionalProperties';
      break;
    case 'format': {
      const formatKey = `format.${String(params['format'])}`;
      code = formatKey in catalog ? (formatKey as MessageKey) : 'schema.pattern';
      break;
    }
    case 'type':
      // People read "oczekiwano: liczby", never a JSON Schema type name.
      values['type'] = describeKind(String(params['type']), 'expected', locale);
      code = 'schema.type';
      break;
    case 'minLength':
    case 'maxLength':
    case 'minimum':
    case 'maximum':
    case 'minItems':
    case 'maxItems':
      values['limit'] = Number(params['limit']);
      code = `schema.${keyword}`;
      break;
    case 'enum':
    case 'const':
    case 'pattern':
      code = `schema.${keyword}`;
      break;
    default:
      code = 'schema.other';
  }
  return { path, code, message: translate(code, locale, values) };
}
