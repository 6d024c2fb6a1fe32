/**
 * Messages of src/data (see src/i18n/index.ts): reading and mapping exports, bad
 * rows, the provenance of a computed figure, the profile-target evaluator, the
 * report's time chart, `readiness data inspect` and the loader's progress lines.
 * Numbers, durations, percentages and dates arrive as values and are formatted for
 * the reader's locale, never inside these texts.
 */
export default {
  // ---- reading files
  'data.read.empty': 'the file is empty',
  'data.read.noHeader': 'no header row: the first line holds no column names',
  'data.read.noRows': 'no data rows after the header',
  'data.read.notFound': 'file not found',
  'data.read.notFoundAt': 'file not found: {file}',
  'data.read.unreadable': 'cannot read the file: {reason}',
  'data.read.isDirectory': 'is a directory',
  'data.read.workerExited': 'the reading thread stopped (exit code {code})',
  'data.read.unknownEncoding': 'unknown encoding {encoding}',
  'data.read.notXlsx': 'not an Excel workbook (.xlsx): {reason}',
  'data.read.xlsx.noWorkbook': 'no xl/workbook.xml',
  'data.read.xlsx.noSheets': 'the workbook lists no sheets',
  'data.read.xlsx.missingPart': 'missing {part}',
  'data.read.noSheet': 'the workbook has no sheet named "{sheet}"; sheets: {sheets}',
  'data.read.badJson': 'invalid JSON after record {record}: {reason}',
  'data.read.noRecords': 'no records: expected an array of objects, or an object holding one',
  'data.read.unknownFormat': 'unknown file type "{ext}": use .csv, .txt, .tsv, .xlsx, .json or .ndjson, or set format',
  'data.read.nothingUsable': 'nothing usable: {read, plural, one {# row} other {# rows}} read, all excluded ({reasons})',
  'data.read.reasonCount': '{reason} {count}',
  'data.read.encodingReplaced': 'bytes that are not valid {encoding} were replaced (first at line {line}); set encoding: windows-1252 if the file came from Excel',

  // ---- why an audit stops on a data source (the problems above say where)
  'data.error.sourcesNotFound': 'data sources not found',
  'data.error.columnNotInFile': 'a column named in the config is not in {file}',
  'data.error.lacksRequired': '{file} lacks required columns',
  'data.error.cannotUse': 'cannot use {file}',
  'data.error.nothingUsable': 'nothing usable in {files}',

  // ---- the config's data: section
  'data.config.unknownZone': 'unknown time zone "{zone}"',
  'data.config.badHours': 'cannot read business hours "{hours}"; write them like "Mo-Fr 08:00-18:00; Sa 09:00-13:00"',
  'data.config.badPromise': 'cannot read the promise "{promise}"; write 3d, 48h or 2bd (business days)',

  // ---- mapping (config errors)
  'data.map.unknownMapping': 'unknown mapping "{mapping}" for {kind}; available: {available}',
  'data.map.unknownField': '"{field}" is not a field of {kind}; fields: {fields}',
  'data.map.columnMissing': 'column "{column}" (for {field}) is not in {file}; columns: {columns}',
  'data.map.requiredMissing': '{file} has no column for {fields} with mapping {mapping}; name it under columns: (columns found: {columns})',
  'data.map.noFiles': 'no file matches "{pattern}"',
  'data.map.kindUnknown': 'cannot tell what {file} holds: no ready-made mapping fits its columns; pass --kind',

  // ---- bad rows (kinds)
  'data.bad.malformed': 'malformed row',
  'data.bad.badDate': 'unparseable date',
  'data.bad.badDuration': 'unparseable duration',
  'data.bad.badNumber': 'unparseable number',
  'data.bad.negativeDuration': 'negative duration (ends before it starts)',
  'data.bad.outOfScale': 'answer outside the scale',
  'data.bad.missingValue': 'required value missing',
  'data.bad.outsidePeriod': 'outside the period',
  'data.bad.notInbound': 'outbound call (not counted)',
  'data.bad.cancelled': 'cancelled order (not counted)',
  'data.bad.detail': '{field}: "{value}"',
  'data.bad.columns': '{found} fields, header has {expected}',
  'data.bad.quotes': 'unbalanced quotes',

  // ---- provenance (evidence notes)
  'data.prov.figure': '{files} · {from, select, none {no dates} other {{from} – {to}}} · {rows, plural, one {# row} other {# rows}}, {excluded} excluded · n = {n}{approx, select, true { (percentiles within ±0.5 %)} other {}}',
  'data.prov.profileToo': 'the profile also states {value}{note, select, none {} other { ({note})}}; the figure computed from the export is used',
  'data.prov.tooFew': 'too few records (n = {n}; at least {min} needed)',

  // ---- the profile-target evaluator
  'data.eval.target': "{subject} is {value}; the organisation's target ≤ {target} (targets.{name})",
  'data.eval.targetFallback': '{subject} is {value}; target ≤ {target} (the profile sets no targets.{name})',
  'data.eval.noTarget': 'no target to compare with: set targets.{name} in the profile',

  // ---- report chart
  'data.chart.title': 'Response and resolution times by channel (p50 and p90)',
  'data.chart.desc': 'For each channel, a dark bar to the median (p50) and a light bar to the 90th percentile (p90), on a logarithmic time scale.',
  'data.chart.firstResponse': 'First response',
  'data.chart.resolution': 'Resolution',
  'data.chart.bar': '{channel}: p50 {p50} · p90 {p90} (n = {n})',
  'data.chart.caption': 'Calendar time, from the exports; the tables below give the business-hours figures.',

  // ---- inspect
  'data.inspect.file': 'File',
  'data.inspect.format': 'Format',
  'data.inspect.csvFormat': 'CSV, {encoding}, delimiter {delimiter}',
  'data.inspect.xlsxFormat': 'Excel workbook, sheet "{sheet}" (of {sheets})',
  'data.inspect.jsonFormat': 'JSON',
  'data.inspect.ndjsonFormat': 'NDJSON (one JSON object per line)',
  'data.inspect.kind': 'Holds',
  'data.inspect.mapping': 'Mapping',
  'data.inspect.fits': 'Mappings that fit',
  'data.inspect.fitLine': '{mapping} ({kind}): {found} of {total} fields, required {required}',
  'data.inspect.requiredOk': 'all present',
  'data.inspect.requiredMissing': 'missing {fields}',
  'data.inspect.columns': 'Columns found',
  'data.inspect.missing': 'Fields without a column',
  'data.inspect.missingLine': '{field}{required} — needed for {uses}',
  'data.inspect.requiredMark': ' (required)',
  'data.inspect.unmapped': 'Columns not used',
  'data.inspect.rows': 'First parsed rows',
  'data.inspect.period': 'Period covered',
  'data.inspect.counts': 'Rows',
  'data.inspect.countsLine': '{read} read, {used} used, {excluded} excluded',
  'data.inspect.bad': 'Bad rows',
  'data.inspect.badLine': '{reason}: {count} (at {where})',
  'data.inspect.noBad': 'none',
  'data.inspect.dateOrder': 'Dates read as',
  'data.inspect.metrics': 'Figures this file gives',
  'data.inspect.notes': 'Notes',
  'data.inspect.none': 'none',
  'data.inspect.more': 'and {n} more',
  'data.inspect.line': 'line {n}',
  'data.inspect.rowRef': 'row {n}',
  'data.inspect.recordRef': 'record {n}',
  'data.inspect.hint': "Fix a mapping with columns: in the data source of readiness.config.yaml, e.g. columns: '{' {field}: \"Your column\" '}'",
  'data.order.dmy': 'day/month/year',
  'data.order.mdy': 'month/day/year',
  'data.order.ymd': 'year-month-day',

  // ---- kinds
  'data.kind.tickets': 'tickets',
  'data.kind.calls': 'calls',
  'data.kind.pqrs': 'PQRS',
  'data.kind.surveys': 'survey answers',
  'data.kind.customers': 'customers',
  'data.kind.orders': 'orders',
  'data.kind.payments': 'payments',

  // ---- progress (stderr)
  'data.progress.loaded': 'data: {name} ({kind}) — {files}: {used} of {read, plural, one {# row} other {# rows}} used, {excluded} excluded',
  'data.progress.bad': '{reason}: {count} (first at {where})',

  // ---- readiness data inspect: arguments
  'data.cli.badKind': '--kind expects one of {kinds}, got "{got}"',
  'data.cli.badMapping': '--mapping expects one of {mappings}, got "{got}"',
};
