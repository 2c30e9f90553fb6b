/*
 * Parser of the annual open-government-information report layout (政府信息公开工作年度报告):
 * a title block, then sections that each start with a numbered heading (一、总体情况 … 六、其他需要报告的事项),
 * each holding lines: paragraphs and table rows, a row being cells split by tabs or pipes.
 *
 * LENIENT BY DESIGN. This grammar accepts a superset of real reports: any line may stand in any
 * section, any number of sections in any order, any cell count in a row. Order, required rows, cell
 * counts and arithmetic are checked in parser-core, where a diagnostic can explain them with the
 * cells involved; a grammar error could only say "unexpected token". Each permissive choice is
 * commented below with why.
 *
 * Entry rules end in EOF and have standalone twins (standaloneTable, standaloneRow, standaloneSection)
 * so one piece can be parsed and tested alone. The grammar is LL(k) with small k (a line is classified
 * by its first three to five tokens) and is meant to run in SLL prediction mode.
 */
parser grammar OgiParser;

options { tokenVocab = OgiLexer; }

/** A whole report. */
report
    : titleBlock section* EOF
    ;

/**
 * Everything before the first section heading: title, date line, preface. Any line is allowed
 * (permissive: title blocks vary — two lines, year first, agency last, a preface paragraph); the
 * title and date are picked out by parser-core.
 */
titleBlock
    : line*
    ;

/**
 * A section: a heading candidate and the lines up to the next one. Any line may stand in any section
 * (permissive: tables, prose and page furniture mix freely in real reports). A heading candidate
 * whose text is no section heading is folded back into the previous section by parser-core.
 */
section
    : sectionHeading line*
    ;

/**
 * A numbered line WITHOUT cell separators: "一、总体情况", "## 二、…", "**六、…**". Numbered lines
 * followed by cells (三、本年度办理结果<TAB>(一)予以公开<TAB>2…) are rows, not headings.
 */
sectionHeading
    : (HASHES | BOLD)* SECTION_NUMBER TEXT* NL
    ;

/** One line of a section body: a blank line or a row (a paragraph is a row of one cell). */
line
    : NL
    | row
    ;

/**
 * A row of cells. A line without separators is a row of one cell (a paragraph or a label);
 * empty cells (two separators in a row) are kept so positions of blank cells survive.
 * Permissive: any cell count, so rows that gain or lose cells across page breaks still parse.
 *
 * Written with token sets, not sub-rules, for speed: a cell is TEXT+ (the first character of a line
 * may be its own token, so a cell can hold two), a separator is (TAB | PIPE), a Markdown decoration
 * (HASHES | BOLD). A sub-rule would cost one context object per cell and per separator, the bulk of
 * what the parser allocates; parser-core cuts a row into cells at its separator tokens instead.
 */
row
    : (HASHES | BOLD)* SECTION_NUMBER TEXT* ((TAB | PIPE) TEXT*)+ NL   // numbered label followed by cells
    | (HASHES | BOLD)* TEXT+ ((TAB | PIPE) TEXT*)* NL                 // first cell is text
    | (HASHES | BOLD)* ((TAB | PIPE) TEXT*)+ NL                       // first cell is empty
    | (HASHES | BOLD)+ NL                                             // a lone "##" or "**": kept, reported by code
    ;

// ---- standalone twins: parse one piece alone (tests, tools) ----------------------------------

/** A table alone: rows and blank lines, nothing else. */
standaloneTable
    : (row | NL)+ EOF
    ;

/** One row alone. */
standaloneRow
    : row EOF
    ;

/** One section alone (heading and body). */
standaloneSection
    : section EOF
    ;
