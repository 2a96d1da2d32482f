/** The messages of a family's case (kept out of the shared catalogue, so that no form page downloads them). Every key has both locales; the type system checks it. */
import { translatorOf, type LocalizedText } from '@asysta/core';

export const caseCatalog = {
  'case.notObject': { pl: 'sprawa musi być obiektem JSON', en: 'a case must be a JSON object' },
  'case.tooDeep': {
    pl: 'dane są zagnieżdżone głębiej niż {limit, plural, one {# poziom} few {# poziomy} many {# poziomów} other {# poziomu}}',
    en: 'the data is nested deeper than {limit, plural, one {# level} other {# levels}}',
  },
  'case.document.tooLarge': {
    pl: 'dokument ma ponad {limit, plural, one {# wartość} few {# wartości} many {# wartości} other {# wartości}} – pominięty, pozostałe dokumenty są oceniane',
    en: 'the document has more than {limit, plural, one {# value} other {# values}} – skipped, the other documents are evaluated',
  },
  'case.document.unknownForm': {
    pl: 'nieznany formularz „{form}” – dokument pominięty (dostępne: {available})',
    en: 'unknown form “{form}” – the document is skipped (available: {available})',
  },
  'case.document.unknownVersion': {
    pl: 'formularz „{form}” nie ma wersji {version} (wbudowana: {known}) – dokument pominięty',
    en: 'the form “{form}” has no version {version} (built in: {known}) – the document is skipped',
  },
  'case.document.unknownAssistant': {
    pl: 'asystent „{id}” nie należy do sprawy (asystenci sprawy: {known})',
    en: 'the assistant “{id}” is not one of the case\'s assistants ({known})',
  },
  'case.document.unknownMember': {
    pl: 'członek rodziny „{id}” nie należy do sprawy (członkowie: {known})',
    en: 'the family member “{id}” is not in the case (members: {known})',
  },
  'case.document.dateOrder': {
    pl: 'data „{field}” ({date}) jest wcześniejsza niż data „{before}” ({beforeDate})',
    en: 'the “{field}” date ({date}) is earlier than the “{before}” date ({beforeDate})',
  },
  'case.document.inFuture': {
    pl: 'data „{field}” ({date}) jest późniejsza niż dzień oceny ({asOf})',
    en: 'the “{field}” date ({date}) is later than the evaluation date ({asOf})',
  },
  'case.document.statusDate': {
    pl: 'dokument o statusie „{status}” nie ma daty „{field}”',
    en: 'a document with the status “{status}” has no “{field}” date',
  },
  'case.document.invalidData': { pl: 'dane dokumentu: {message}', en: 'the document\'s data: {message}' },
  'case.assistant.periodOrder': {
    pl: 'okres pracy asystenta „{id}” kończy się ({to}) przed początkiem ({from})',
    en: 'the assistant “{id}”\'s period ends ({to}) before it starts ({from})',
  },
  'case.assistant.duplicate': { pl: 'powtórzony asystent „{id}” z nakładającym się okresem', en: 'the assistant “{id}” is listed twice with overlapping periods' },
  'case.assistant.overlap': {
    pl: 'od {from} z rodziną {count, plural, one {pracuje jednocześnie # asystent} few {pracuje jednocześnie # asystentów} many {pracuje jednocześnie # asystentów} other {pracuje jednocześnie # asystenta}} (najwyżej {limit}): {ids}',
    en: 'from {from}, {count, plural, one {# assistant works} other {# assistants work}} with the family at once (at most {limit}): {ids}',
  },
  'case.member.duplicate': { pl: 'powtórzony identyfikator członka rodziny „{id}”', en: 'duplicate family member id “{id}”' },
  'case.event.unknownDocument': {
    pl: 'zdarzenie wskazuje dokument nr {index}, którego nie ma w sprawie',
    en: 'the event points to document no. {index}, which is not in the case',
  },
  'case.events.order': {
    pl: 'zdarzenie „{kind}” ({date}) jest wcześniejsze niż „{before}” ({beforeDate})',
    en: 'the event “{kind}” ({date}) is earlier than “{before}” ({beforeDate})',
  },
} as const satisfies Record<string, LocalizedText>;

export type CaseMessageKey = keyof typeof caseCatalog;

/** A message of a family's case in the locale. */
export const caseText = translatorOf(caseCatalog);
