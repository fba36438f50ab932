//! One return → one workbook: the Instructions sheet, the Direction key/value sheet and one
//! tabular sheet per record kind, with styled frozen headers, real numbers and dates, and
//! drop-down lists for every closed list.
//!
//! What the writer must never do: write a header, a key or a list label of its own (they all
//! come from the contract and the `Choice` trait), write an amount as text, or leave a formula
//! without its cached value (the importer refuses those).

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DataValidationRule, DocProperties, ExcelDateTime, Format,
    FormatAlign, FormatBorder, Formula, Workbook, Worksheet,
};

use pmo_model::contract::{ColumnSpec, SheetKind, ValueKind, DIRECTORATE_KEYS};
use pmo_model::i18n::{tr, Key, Lang};
use pmo_model::model::{Campaign, Category, Choice, Nature, ProjectStatus, ReturnData, RiskStatus, Unit, Weather};
use pmo_model::text::{a1, column_letters};

use crate::{TemplateError, TemplateOptions};

const FR: Lang = Lang::Fr;

/// The defined name of the Projets codes, the source of the project-code drop-downs of the
/// other sheets.
const PROJECT_CODES_NAME: &str = "CodesProjets";

/// Excel's number format codes are stored in US notation; Excel and LibreOffice show them
/// with the reader's separators (`1 234,50` in French).
const AMOUNT_EURO_FORMAT: &str = "#,##0.00";
/// k€ amounts keep up to the euro cent (5 decimals) visible.
const AMOUNT_KILO_FORMAT: &str = "#,##0.00###";
const MAN_DAYS_FORMAT: &str = "#,##0.0#";
const DATE_FORMAT: &str = "dd/mm/yyyy";
/// Progress is written as 45 for 45 %: a plain number format, never a `%` one, which would make
/// the importer read the cell as a fraction.
const PERCENT_FORMAT: &str = "0.##";
const INTEGER_FORMAT: &str = "0";

/// The palette of the product (style.md §18): dark blue headers, a pale fill for labels.
const HEADER_FILL: u32 = 0x1F3864;
const LABEL_FILL: u32 = 0xDDE4F0;
const BORDER_COLOR: u32 = 0x8EA0C0;

/// Writes `data` as a workbook in the contract's format and returns the `.xlsx` bytes.
///
/// Every record of `data` is written in its sheet (a return without records gives a blank
/// template for its directorate, year and campaign). Amounts are converted to `options.unit`.
/// The document's creation date is the return's submission date (or 1 January of its year),
/// so the same return and options always give the same bytes.
pub fn write_workbook(data: &ReturnData, options: &TemplateOptions) -> Result<Vec<u8>, TemplateError> {
    let formats = Formats::new(options.unit);
    let mut workbook = Workbook::new();
    workbook.set_properties(&properties(data)?);

    workbook.push_worksheet(instructions_sheet(data, options, &formats)?);
    workbook.push_worksheet(directorate_sheet(data, options, &formats)?);

    // At least one row, so that even `rows: 0` gives a valid validation range.
    let last_row = |records: usize| options.rows.max(records as u32).max(1);
    let projects_last = last_row(data.projects.len());
    let code_col = column_of(SheetKind::Projects, "code");
    workbook.define_name(
        PROJECT_CODES_NAME,
        &format!(
            "='{}'!${}$2:${}${}",
            SheetKind::Projects.french_name(),
            column_letters(code_col.into()),
            column_letters(code_col.into()),
            projects_last + 1
        ),
    )?;

    let w = Writer {
        unit: options.unit,
        formats: &formats,
    };
    let sheets = [
        w.table(
            SheetKind::Projects,
            &data.projects,
            last_row(data.projects.len()),
            |p, field| match field {
                "code" => text(&p.code),
                "name" => text(&p.name),
                "ambition" => opt_text(&p.ambition),
                "initiative" => opt_text(&p.initiative),
                "manager" => opt_text(&p.manager),
                "sponsor" => opt_text(&p.sponsor),
                "status" => choice(p.status),
                "priority" => p.priority.map_or(Value::Empty, |v| Value::Int(v.into())),
                "kind" => opt_text(&p.kind),
                "start" => date(p.start),
                "end" => date(p.end),
                "multi_year" => p.multi_year.map_or(Value::Empty, yes_no),
                "description" => opt_text(&p.description),
                _ => Value::Empty,
            },
        )?,
        w.table(
            SheetKind::Budget,
            &data.budget,
            last_row(data.budget.len()),
            |b, field| match field {
                "project" => text(&b.project),
                "nature" => choice(Some(b.nature)),
                "category" => choice(b.category),
                _ => quarter(field, "planned_q", &b.planned)
                    .or_else(|| quarter(field, "actual_q", &b.actual))
                    .map_or(Value::Empty, Value::Amount),
            },
        )?,
        w.table(
            SheetKind::Workload,
            &data.workload,
            last_row(data.workload.len()),
            |l, field| match field {
                "project" => text(&l.project),
                "team" => text(&l.team),
                "daily_rate" => l.daily_rate.map_or(Value::Empty, Value::Amount),
                _ => quarter(field, "planned_q", &l.planned)
                    .or_else(|| quarter(field, "actual_q", &l.actual))
                    .map_or(Value::Empty, Value::ManDays),
            },
        )?,
        w.table(
            SheetKind::Capacity,
            &data.capacity,
            last_row(data.capacity.len()),
            |c, field| match field {
                "team" => text(&c.team),
                _ => quarter(field, "capacity_q", &c.capacity).map_or(Value::Empty, Value::ManDays),
            },
        )?,
        w.table(
            SheetKind::Status,
            &data.statuses,
            last_row(data.statuses.len()),
            |s, field| match field {
                "project" => text(&s.project),
                "date" => date(Some(s.date)),
                "overall" => choice(Some(s.overall)),
                "schedule" => choice(s.schedule),
                "cost" => choice(s.cost),
                "scope" => choice(s.scope),
                "resources" => choice(s.resources),
                "progress" => s.progress.map_or(Value::Empty, Value::Percent),
                "comment" => opt_text(&s.comment),
                "watch_points" => opt_text(&s.watch_points),
                "decision_needed" => opt_text(&s.decision_needed),
                _ => Value::Empty,
            },
        )?,
        w.table(
            SheetKind::Risks,
            &data.risks,
            last_row(data.risks.len()),
            |r, field| match field {
                "project" => text(&r.project),
                "risk_id" => opt_text(&r.risk_id),
                "title" => text(&r.title),
                "probability" => Value::Int(r.probability.into()),
                "impact" => Value::Int(r.impact.into()),
                "criticality" => Value::Criticality(r.criticality()),
                "owner" => opt_text(&r.owner),
                "mitigation" => opt_text(&r.mitigation),
                "status" => choice(r.status),
                "due" => date(r.due),
                _ => Value::Empty,
            },
        )?,
        w.table(
            SheetKind::Milestones,
            &data.milestones,
            last_row(data.milestones.len()),
            |m, field| match field {
                "project" => text(&m.project),
                "name" => text(&m.name),
                "baseline" => date(m.baseline),
                "forecast" => date(m.forecast),
                "actual" => date(m.actual),
                _ => Value::Empty,
            },
        )?,
    ];
    for sheet in sheets {
        workbook.push_worksheet(sheet);
    }
    Ok(workbook.save_to_buffer()?)
}

/// A fixed creation date derived from the return: rust_xlsxwriter would otherwise stamp the
/// current time and the same return would give different bytes.
fn properties(data: &ReturnData) -> Result<DocProperties, TemplateError> {
    let day = data
        .submitted_on
        .or_else(|| NaiveDate::from_ymd_opt(data.year, 1, 1))
        .unwrap_or_default();
    let created = excel_date(day)?;
    Ok(DocProperties::new()
        .set_title(title(data))
        .set_creation_datetime(&created))
}

fn title(data: &ReturnData) -> String {
    tr(
        FR,
        Key::TplTitle,
        &[
            ("directorate", &data.directorate),
            ("year", &data.year),
            ("campaign", &data.campaign.label(FR)),
        ],
    )
}

/// The cell formats of one workbook, built once.
struct Formats {
    header: Format,
    label: Format,
    title: Format,
    heading: Format,
    text: Format,
    wrap: Format,
    amount: Format,
    man_days: Format,
    date: Format,
    percent: Format,
    integer: Format,
}

impl Formats {
    fn new(unit: Unit) -> Formats {
        let top = Format::new().set_align(FormatAlign::Top);
        let bordered = |f: Format| {
            f.set_border(FormatBorder::Thin)
                .set_border_color(Color::RGB(BORDER_COLOR))
        };
        Formats {
            header: bordered(
                Format::new()
                    .set_bold()
                    .set_font_color(Color::White)
                    .set_background_color(Color::RGB(HEADER_FILL))
                    .set_text_wrap()
                    .set_align(FormatAlign::Center)
                    .set_align(FormatAlign::VerticalCenter),
            ),
            label: bordered(Format::new().set_bold().set_background_color(Color::RGB(LABEL_FILL)))
                .set_align(FormatAlign::Top)
                .set_text_wrap(),
            title: Format::new()
                .set_bold()
                .set_font_size(14)
                .set_font_color(Color::RGB(HEADER_FILL)),
            heading: Format::new()
                .set_bold()
                .set_font_color(Color::White)
                .set_background_color(Color::RGB(HEADER_FILL)),
            text: top.clone(),
            wrap: top.clone().set_text_wrap(),
            // Every data cell sits at the top, so a row grown by a wrapped comment still reads
            // across.
            amount: top.clone().set_num_format(match unit {
                Unit::Euro => AMOUNT_EURO_FORMAT,
                Unit::KiloEuro => AMOUNT_KILO_FORMAT,
            }),
            man_days: top.clone().set_num_format(MAN_DAYS_FORMAT),
            date: top.clone().set_num_format(DATE_FORMAT).set_align(FormatAlign::Left),
            percent: top.clone().set_num_format(PERCENT_FORMAT),
            integer: top
                .clone()
                .set_num_format(INTEGER_FORMAT)
                .set_align(FormatAlign::Center),
        }
    }

    /// The format of a data cell of `kind`, also given to the whole column so that values the
    /// directorate types look the same.
    fn of(&self, kind: ValueKind, long_text: bool) -> &Format {
        match kind {
            ValueKind::Amount => &self.amount,
            ValueKind::ManDays => &self.man_days,
            ValueKind::Date => &self.date,
            ValueKind::Percent => &self.percent,
            ValueKind::Year | ValueKind::Priority | ValueKind::Scale4 | ValueKind::Criticality => &self.integer,
            _ if long_text => &self.wrap,
            _ => &self.text,
        }
    }
}

/// What one cell holds, before the unit and the format are applied.
enum Value {
    Empty,
    Text(String),
    /// Euros; divided by the unit's factor when written.
    Amount(Decimal),
    ManDays(Decimal),
    Percent(Decimal),
    Int(i64),
    Date(NaiveDate),
    /// Probability × impact, written as a formula with its cached result.
    Criticality(u8),
}

fn text(s: &str) -> Value {
    if s.trim().is_empty() {
        Value::Empty
    } else {
        Value::Text(s.to_string())
    }
}

fn opt_text(s: &Option<String>) -> Value {
    s.as_deref().map_or(Value::Empty, text)
}

fn choice<C: Choice>(c: Option<C>) -> Value {
    c.map_or(Value::Empty, |c| Value::Text(c.label(FR).to_string()))
}

fn yes_no(b: bool) -> Value {
    Value::Text(if b { Key::Yes } else { Key::No }.text(FR).to_string())
}

fn date(d: Option<NaiveDate>) -> Value {
    d.map_or(Value::Empty, Value::Date)
}

/// The quarter value of `field` when it is `{prefix}1` … `{prefix}4`.
fn quarter(field: &str, prefix: &str, values: &[Decimal; 4]) -> Option<Decimal> {
    let q: usize = field.strip_prefix(prefix)?.parse().ok()?;
    values.get(q.checked_sub(1)?).copied()
}

/// The 0-based column of `field` in a sheet the template writes (columns in contract order).
fn column_of(kind: SheetKind, field: &str) -> u16 {
    kind.columns().iter().position(|c| c.field == field).unwrap_or(0) as u16
}

fn excel_date(d: NaiveDate) -> Result<ExcelDateTime, TemplateError> {
    // Dates outside Excel's years (1900–9999) cannot be written; the model's dates are 1950–2200.
    let year = u16::try_from(d.year()).unwrap_or(1900);
    Ok(ExcelDateTime::from_ymd(year, d.month() as u8, d.day() as u8)?)
}

/// The double a spreadsheet stores for `value`, checked to read back as the same decimal
/// (through the importer's own conversion).
fn exact_f64(value: Decimal, sheet: &str, row: u32, col: u16) -> Result<f64, TemplateError> {
    let plain = value.normalize().to_string();
    let number: f64 = plain.parse().unwrap_or(f64::NAN);
    match pmo_model::money::from_cell_f64(number) {
        Some(back) if back == value => Ok(number),
        _ => Err(TemplateError::Unrepresentable {
            sheet: sheet.to_string(),
            cell: a1(row, col.into()),
            value: plain,
        }),
    }
}

struct Writer<'a> {
    unit: Unit,
    formats: &'a Formats,
}

impl Writer<'_> {
    /// One tabular sheet: the contract's French headers in order, one row per record, column
    /// formats and validations down to row `last` (1-based data rows).
    fn table<T>(
        &self,
        kind: SheetKind,
        records: &[T],
        last: u32,
        value: impl Fn(&T, &str) -> Value,
    ) -> Result<Worksheet, TemplateError> {
        let name = kind.french_name();
        let columns = kind.columns();
        let mut ws = Worksheet::new();
        ws.set_name(name)?;
        ws.set_row_height(0, 32)?;
        for (c, spec) in columns.iter().enumerate() {
            let col = c as u16;
            ws.write_string_with_format(0, col, spec.fr, &self.formats.header)?;
            ws.set_column_width(col, width(spec))?;
            ws.set_column_format(col, self.formats.of(spec.kind, is_long_text(spec)))?;
            if let Some(validation) = self.validation(kind, spec)? {
                ws.add_data_validation(1, col, last, col, &validation)?;
            }
        }
        // Header and project code stay in view while scrolling (style.md §19), and on every
        // printed page.
        ws.set_freeze_panes(1, 1)?;
        ws.set_repeat_rows(0, 0)?;
        print_setup(&mut ws);

        let probability = column_of(kind, "probability");
        let impact = column_of(kind, "impact");
        for (i, record) in records.iter().enumerate() {
            let row = i as u32 + 1;
            let mut lines = 1;
            for (c, spec) in columns.iter().enumerate() {
                let col = c as u16;
                let format = self.formats.of(spec.kind, is_long_text(spec));
                match value(record, spec.field) {
                    Value::Empty => {}
                    Value::Text(s) => {
                        if is_long_text(spec) {
                            lines = lines.max(text_lines(&s, width(spec)).min(MAX_ROW_LINES));
                        }
                        ws.write_string_with_format(row, col, s, format)?;
                    }
                    Value::Amount(euros) => {
                        let written = exact_f64(euros / self.unit.factor(), name, row, col)?;
                        ws.write_number_with_format(row, col, written, format)?;
                    }
                    Value::ManDays(v) | Value::Percent(v) => {
                        ws.write_number_with_format(row, col, exact_f64(v, name, row, col)?, format)?;
                    }
                    Value::Int(v) => {
                        ws.write_number_with_format(row, col, v as f64, format)?;
                    }
                    Value::Date(d) => {
                        ws.write_date_with_format(row, col, &excel_date(d)?, format)?;
                    }
                    Value::Criticality(result) => {
                        let formula = format!("={}*{}", a1(row, probability.into()), a1(row, impact.into()));
                        ws.write_formula_with_format(
                            row,
                            col,
                            Formula::new(formula).set_result(result.to_string()),
                            format,
                        )?;
                    }
                }
            }
            if lines > 1 {
                ws.set_row_height(row, row_height(lines))?;
            }
        }
        Ok(ws)
    }

    /// The check and drop-down of a column, if its kind has one.
    fn validation(&self, sheet: SheetKind, spec: &ColumnSpec) -> Result<Option<DataValidation>, TemplateError> {
        if spec.field == "project" && sheet != SheetKind::Projects {
            let v = DataValidation::new()
                .allow_list_formula(Formula::new(format!("={PROJECT_CODES_NAME}")))
                .set_error_title(Key::TplListErrorTitle.text(FR))?
                .set_error_message(Key::TplCodeErrorMessage.text(FR))?
                .set_error_style(DataValidationErrorStyle::Warning);
            return Ok(Some(v));
        }
        validation_of(spec.kind, self.unit)
    }
}

/// The check of a value kind: a drop-down for closed lists (warning style: the importer also
/// accepts English labels and other spellings, so a directorate may confirm one), range checks
/// with an input hint for numbers and dates.
fn validation_of(kind: ValueKind, unit: Unit) -> Result<Option<DataValidation>, TemplateError> {
    let list = |labels: Vec<String>, expected: String| -> Result<Option<DataValidation>, TemplateError> {
        let message = tr(FR, Key::TplListErrorMessage, &[("expected", &expected)]);
        Ok(Some(
            DataValidation::new()
                .allow_list_strings(&labels)?
                .set_error_title(Key::TplListErrorTitle.text(FR))?
                .set_error_message(message)?
                .set_error_style(DataValidationErrorStyle::Warning),
        ))
    };
    let numbers = |range: std::ops::RangeInclusive<u8>| range.map(|n| n.to_string()).collect::<Vec<_>>();
    let checked = |v: DataValidation, input_title: Key, input: String, error: String| -> Result<_, TemplateError> {
        Ok(Some(
            v.set_input_title(input_title.text(FR))?
                .set_input_message(input)?
                .set_error_title(Key::TplValueErrorTitle.text(FR))?
                .set_error_message(error)?
                .set_error_style(DataValidationErrorStyle::Warning),
        ))
    };
    let unit_args: [(&str, &dyn std::fmt::Display); 1] = [("unit", &unit.code())];
    match kind {
        ValueKind::Campaign => list(labels::<Campaign>(), Campaign::expected(FR)),
        ValueKind::Unit => list(
            vec![Unit::Euro.code().to_string(), Unit::KiloEuro.code().to_string()],
            Key::ExpectUnit.text(FR).to_string(),
        ),
        ValueKind::ProjectStatus => list(labels::<ProjectStatus>(), ProjectStatus::expected(FR)),
        ValueKind::Priority => list(numbers(1..=3), Key::ExpectPriority.text(FR).to_string()),
        ValueKind::YesNo => list(
            vec![Key::Yes.text(FR).to_string(), Key::No.text(FR).to_string()],
            yes_no_expected(),
        ),
        ValueKind::Nature => list(labels::<Nature>(), Nature::expected(FR)),
        ValueKind::Category => list(labels::<Category>(), Category::expected(FR)),
        ValueKind::Weather => list(labels::<Weather>(), Weather::expected(FR)),
        ValueKind::RiskStatus => list(labels::<RiskStatus>(), RiskStatus::expected(FR)),
        ValueKind::Scale4 => list(numbers(1..=4), Key::ExpectProbability.text(FR).to_string()),
        ValueKind::Date => checked(
            DataValidation::new().allow_date(DataValidationRule::Between(
                ExcelDateTime::from_ymd(1950, 1, 1)?,
                ExcelDateTime::from_ymd(2200, 12, 31)?,
            )),
            Key::TplDateInputTitle,
            Key::TplDateInputMessage.text(FR).to_string(),
            Key::TplDateErrorMessage.text(FR).to_string(),
        ),
        ValueKind::Amount => checked(
            DataValidation::new().allow_decimal_number(DataValidationRule::Between(-1e12, 1e12)),
            match unit {
                Unit::Euro => Key::TplAmountInputTitleEuro,
                Unit::KiloEuro => Key::TplAmountInputTitleKiloEuro,
            },
            Key::TplAmountInputMessage.text(FR).to_string(),
            tr(FR, Key::TplAmountErrorMessage, &unit_args),
        ),
        ValueKind::ManDays => checked(
            DataValidation::new().allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0)),
            Key::TplManDaysInputTitle,
            Key::ExpectManDays.text(FR).to_string(),
            tr(
                FR,
                Key::TplNumberErrorMessage,
                &[("expected", &Key::ExpectManDays.text(FR))],
            ),
        ),
        ValueKind::Percent => checked(
            DataValidation::new().allow_decimal_number(DataValidationRule::Between(0.0, 100.0)),
            Key::TplPercentInputTitle,
            Key::TplPercentInputMessage.text(FR).to_string(),
            tr(
                FR,
                Key::TplNumberErrorMessage,
                &[("expected", &Key::ExpectPercent.text(FR))],
            ),
        ),
        ValueKind::Year => checked(
            DataValidation::new().allow_whole_number(DataValidationRule::Between(2000, 2100)),
            Key::TplYearInputTitle,
            Key::ExpectYear.text(FR).to_string(),
            tr(
                FR,
                Key::TplNumberErrorMessage,
                &[("expected", &Key::ExpectYear.text(FR))],
            ),
        ),
        ValueKind::Criticality => Ok(Some(
            DataValidation::new()
                .allow_any_value()
                .set_input_title(Key::TplCriticalityInputTitle.text(FR))?
                .set_input_message(Key::TplCriticalityInputMessage.text(FR))?,
        )),
        ValueKind::Text => Ok(None),
    }
}

fn labels<C: Choice>() -> Vec<String> {
    C::ALL.iter().map(|c| c.label(FR).to_string()).collect()
}

fn yes_no_expected() -> String {
    format!("{}{}{}", Key::Yes.text(FR), Key::ListOr.text(FR), Key::No.text(FR))
}

/// Wrapped rows taller than this are cut: the cell still holds the whole text.
const MAX_ROW_LINES: u32 = 8;

/// How many lines `text` takes in a wrapped column `width` characters wide. Row heights are set
/// explicitly because LibreOffice does not grow rows for wrapped text in a file that gives none;
/// the estimate counts about 1.2 average characters per width unit (Calibri 11).
fn text_lines(text: &str, width: f64) -> u32 {
    let per_line = (width * 1.2).max(1.0) as usize;
    text.split('\n')
        .map(|p| p.chars().count().div_ceil(per_line).max(1) as u32)
        .sum()
}

/// Height in points of a row of `lines` lines of 11-point text.
fn row_height(lines: u32) -> f64 {
    15.0 * f64::from(lines) + 2.0
}

/// A4 landscape, one page wide: how a PMO prints a wide table.
fn print_setup(ws: &mut Worksheet) {
    ws.set_landscape();
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
}

/// Columns that hold sentences: wide and wrapped.
fn is_long_text(spec: &ColumnSpec) -> bool {
    matches!(
        spec.field,
        "description" | "comment" | "watch_points" | "decision_needed" | "mitigation"
    )
}

/// A width (in characters) that shows the header and typical values.
fn width(spec: &ColumnSpec) -> f64 {
    let by_content: f64 = match spec.kind {
        _ if is_long_text(spec) => 48.0,
        ValueKind::Text => match spec.field {
            "name" | "title" => 42.0,
            "ambition" | "initiative" => 34.0,
            "code" | "project" | "risk_id" => 12.0,
            _ => 24.0,
        },
        ValueKind::Amount => 14.0,
        ValueKind::ManDays => 12.0,
        ValueKind::Date => 12.0,
        ValueKind::Weather | ValueKind::ProjectStatus | ValueKind::RiskStatus | ValueKind::Category => 14.0,
        _ => 11.0,
    };
    let header = spec.fr.chars().count() as f64 + 3.0;
    by_content.max(header.min(20.0))
}

/// The Direction sheet: every key of the contract in column A, its value in column B.
fn directorate_sheet(
    data: &ReturnData,
    options: &TemplateOptions,
    formats: &Formats,
) -> Result<Worksheet, TemplateError> {
    let mut ws = Worksheet::new();
    let name = SheetKind::Directorate.french_name();
    ws.set_name(name)?;
    ws.set_column_width(0, 26)?;
    ws.set_column_width(1, 44)?;
    print_setup(&mut ws);
    for (r, spec) in DIRECTORATE_KEYS.iter().enumerate() {
        let row = r as u32;
        ws.write_string_with_format(row, 0, spec.fr, &formats.label)?;
        let format = formats.of(spec.kind, false);
        let value = match spec.field {
            "directorate" => text(&data.directorate),
            "name" => opt_text(&data.directorate_name),
            "year" => Value::Int(data.year.into()),
            "campaign" => Value::Text(data.campaign.label(FR).to_string()),
            "submitted_on" => date(data.submitted_on),
            "owner" => opt_text(&data.owner),
            "unit" => Value::Text(options.unit.code().to_string()),
            "envelope" => data.envelope.map_or(Value::Empty, Value::Amount),
            _ => Value::Empty,
        };
        match value {
            Value::Text(s) => {
                ws.write_string_with_format(row, 1, s, format)?;
            }
            Value::Int(v) => {
                ws.write_number_with_format(row, 1, v as f64, format)?;
            }
            Value::Date(d) => {
                ws.write_date_with_format(row, 1, &excel_date(d)?, format)?;
            }
            Value::Amount(euros) => {
                let written = exact_f64(euros / options.unit.factor(), name, row, 1)?;
                ws.write_number_with_format(row, 1, written, format)?;
            }
            _ => {
                // An empty value still gets its format, so what the directorate types reads right.
                ws.write_blank(row, 1, format)?;
            }
        }
        if let Some(validation) = validation_of(spec.kind, options.unit)? {
            ws.add_data_validation(row, 1, row, 1, &validation)?;
        }
    }
    Ok(ws)
}

/// The first sheet: what the workbook is for and how to fill it in, in French.
fn instructions_sheet(
    data: &ReturnData,
    options: &TemplateOptions,
    formats: &Formats,
) -> Result<Worksheet, TemplateError> {
    let mut ws = Worksheet::new();
    ws.set_name(Key::TplSheetInstructions.text(FR))?;
    ws.set_column_width(0, LABEL_WIDTH)?;
    ws.set_column_width(1, TEXT_WIDTH)?;
    ws.set_row_height(0, 24)?;
    print_setup(&mut ws);
    ws.write_string_with_format(0, 0, title(data), &formats.title)?;
    let mut page = Page { ws, row: 2, formats };

    let key = |field: &str| DIRECTORATE_KEYS.iter().find(|k| k.field == field).map_or("", |k| k.fr);
    let unit_name = match options.unit {
        Unit::Euro => Key::TplUnitEuro.text(FR),
        Unit::KiloEuro => Key::TplUnitKiloEuro.text(FR),
    };
    let directorate = match &data.directorate_name {
        Some(n) if !n.trim().is_empty() => format!("{} — {}", data.directorate, n),
        _ => data.directorate.clone(),
    };
    page.line(Key::TplPurposeLabel.text(FR), Key::TplPurpose.text(FR))?;

    page.heading(Key::TplReturnHeading.text(FR))?;
    page.line(key("directorate"), &directorate)?;
    page.line(key("year"), &data.year.to_string())?;
    page.line(
        key("campaign"),
        &format!("{} ({})", data.campaign.label(FR), data.campaign.code()),
    )?;
    page.line(key("unit"), unit_name)?;
    let send_to = match &options.send_to {
        Some(who) if !who.trim().is_empty() => tr(FR, Key::TplSendTo, &[("contact", who)]),
        _ => Key::TplSendToPmo.text(FR).to_string(),
    };
    page.line(Key::TplSendToLabel.text(FR), &send_to)?;
    if let Some(deadline) = options.deadline {
        page.line(Key::TplDeadlineLabel.text(FR), &pmo_model::dates::format_fr(deadline))?;
    }

    page.heading(Key::TplHowHeading.text(FR))?;
    let unit_args: [(&str, &dyn std::fmt::Display); 1] = [("unit", &options.unit.code())];
    for (sheet, how) in [
        (SheetKind::Directorate, Key::TplHowDirectorate),
        (SheetKind::Projects, Key::TplHowProjects),
        (SheetKind::Budget, Key::TplHowBudget),
        (SheetKind::Workload, Key::TplHowWorkload),
        (SheetKind::Capacity, Key::TplHowCapacity),
        (SheetKind::Status, Key::TplHowStatus),
        (SheetKind::Risks, Key::TplHowRisks),
        (SheetKind::Milestones, Key::TplHowMilestones),
    ] {
        page.line(sheet.french_name(), &tr(FR, how, &unit_args))?;
    }

    page.heading(Key::TplRulesHeading.text(FR))?;
    page.line(
        Key::TplRuleAmountsLabel.text(FR),
        &tr(FR, Key::TplRuleAmounts, &[("unit", &unit_name)]),
    )?;
    page.line(
        Key::TplRuleDatesLabel.text(FR),
        &tr(FR, Key::TplRuleDates, &[("year", &data.year)]),
    )?;
    page.line(Key::TplRuleListsLabel.text(FR), Key::TplRuleLists.text(FR))?;
    page.line(Key::TplRuleStructureLabel.text(FR), Key::TplRuleStructure.text(FR))?;

    page.heading(Key::TplListsHeading.text(FR))?;
    let column = |sheet: SheetKind, field: &str| sheet.columns().iter().find(|c| c.field == field).map_or("", |c| c.fr);
    let lists: [(&str, String); 10] = [
        (key("campaign"), Campaign::expected(FR)),
        (key("unit"), Key::ExpectUnit.text(FR).to_string()),
        (Key::TplListProjectStatus.text(FR), ProjectStatus::expected(FR)),
        (
            column(SheetKind::Projects, "priority"),
            Key::TplPriorityValues.text(FR).to_string(),
        ),
        (column(SheetKind::Projects, "multi_year"), yes_no_expected()),
        (column(SheetKind::Budget, "nature"), Nature::expected(FR)),
        (column(SheetKind::Budget, "category"), Category::expected(FR)),
        (Key::TplListWeather.text(FR), Weather::expected(FR)),
        (Key::TplListScale.text(FR), Key::TplScaleValues.text(FR).to_string()),
        (Key::TplListRiskStatus.text(FR), RiskStatus::expected(FR)),
    ];
    for (label, values) in &lists {
        page.line(label, values)?;
    }
    let mut ws = page.ws;
    ws.set_active(true);
    Ok(ws)
}

/// Widths of the Instructions sheet's label and text columns, in characters.
const LABEL_WIDTH: f64 = 30.0;
const TEXT_WIDTH: f64 = 100.0;

/// The Instructions sheet being written, line after line.
struct Page<'a> {
    ws: Worksheet,
    row: u32,
    formats: &'a Formats,
}

impl Page<'_> {
    fn line(&mut self, label: &str, value: &str) -> Result<(), TemplateError> {
        self.ws
            .write_string_with_format(self.row, 0, label, &self.formats.label)?;
        self.ws
            .write_string_with_format(self.row, 1, value, &self.formats.wrap)?;
        let lines = text_lines(label, LABEL_WIDTH).max(text_lines(value, TEXT_WIDTH));
        if lines > 1 {
            self.ws.set_row_height(self.row, row_height(lines))?;
        }
        self.row += 1;
        Ok(())
    }

    /// A section title, after a blank line.
    fn heading(&mut self, text: &str) -> Result<(), TemplateError> {
        self.row += 1;
        self.ws
            .write_string_with_format(self.row, 0, text, &self.formats.heading)?;
        self.ws.write_blank(self.row, 1, &self.formats.heading)?;
        self.row += 1;
        Ok(())
    }
}
