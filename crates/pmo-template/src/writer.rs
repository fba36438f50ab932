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

mod measure;

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
/// Progress is written as 45 for 45 %: a plain number format, never a `%` one, which would make
/// the importer read the cell as a fraction.
const PERCENT_FORMAT: &str = "0.##";

use crate::palette::{BORDER_COLOR, DATE_FORMAT, HEADER_FILL, INTEGER_FORMAT, LIGHT_FILL as LABEL_FILL};

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

    let title = title(data);
    workbook.push_worksheet(instructions_sheet(data, options, &formats, &title)?);
    workbook.push_worksheet(directorate_sheet(data, options, &formats, &title)?);

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

    // The campaign whose actuals are written: a quarter it did not close gets its actual only
    // when one was given (never a 0 the directorate did not type).
    let campaign = options.actuals_through.map_or(data.campaign, |c| c.min(data.campaign));
    let w = Writer {
        unit: options.unit,
        formats: &formats,
        title: title.clone(),
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
                    .or_else(|| known_actual(field, "actual_q", &b.actual, campaign))
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
                    .or_else(|| known_actual(field, "actual_q", &l.actual, campaign))
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
    let campaign = data.campaign.label(FR);
    if data.directorate.trim().is_empty() {
        // A template for any directorate: no empty slot between two dashes.
        return tr(FR, Key::TplTitleBlank, &[("year", &data.year), ("campaign", &campaign)]);
    }
    tr(
        FR,
        Key::TplTitle,
        &[
            ("directorate", &data.directorate),
            ("year", &data.year),
            ("campaign", &campaign),
        ],
    )
}

/// The cell formats of one workbook, built once.
struct Formats {
    header: Format,
    label: Format,
    title: Format,
    heading: Format,
    /// Sentences of the Instructions sheet: wrapped, boxed like their labels.
    note: Format,
    text: Format,
    wrap: Format,
    amount: Format,
    man_days: Format,
    date: Format,
    percent: Format,
    integer: Format,
    /// The values of the Direction sheet, by kind: boxed and left-aligned, so that the sheet reads
    /// as a form rather than as a table with a lone number at the far right.
    form_text: Format,
    form_amount: Format,
    form_date: Format,
    form_integer: Format,
}

impl Formats {
    fn new(unit: Unit) -> Formats {
        let top = Format::new().set_align(FormatAlign::Top);
        let bordered = |f: Format| {
            f.set_border(FormatBorder::Thin)
                .set_border_color(Color::RGB(BORDER_COLOR))
        };
        let amount_format = match unit {
            Unit::Euro => AMOUNT_EURO_FORMAT,
            Unit::KiloEuro => AMOUNT_KILO_FORMAT,
        };
        let form = bordered(top.clone().set_align(FormatAlign::Left).set_text_wrap());
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
                .set_font_color(Color::RGB(HEADER_FILL))
                .set_align(FormatAlign::VerticalCenter),
            heading: bordered(
                Format::new()
                    .set_bold()
                    .set_font_color(Color::White)
                    .set_background_color(Color::RGB(HEADER_FILL)),
            ),
            note: bordered(top.clone().set_text_wrap()),
            text: top.clone(),
            wrap: top.clone().set_text_wrap(),
            // Every data cell sits at the top, so a row grown by a wrapped comment still reads
            // across.
            amount: top.clone().set_num_format(amount_format),
            man_days: top.clone().set_num_format(MAN_DAYS_FORMAT),
            date: top.clone().set_num_format(DATE_FORMAT).set_align(FormatAlign::Center),
            // Centred: a lone number right against the comment that follows would read as one.
            percent: top
                .clone()
                .set_num_format(PERCENT_FORMAT)
                .set_align(FormatAlign::Center),
            integer: top
                .clone()
                .set_num_format(INTEGER_FORMAT)
                .set_align(FormatAlign::Center),
            form_amount: form.clone().set_num_format(amount_format),
            form_date: form.clone().set_num_format(DATE_FORMAT),
            form_integer: form.clone().set_num_format(INTEGER_FORMAT),
            form_text: form,
        }
    }

    /// The format of a data cell of `kind`, also given to the whole column so that values the
    /// directorate types look the same. Free text wraps (its row is sized for it); closed-list
    /// labels never do (their column is sized for the longest label).
    fn of(&self, kind: ValueKind) -> &Format {
        match kind {
            ValueKind::Amount => &self.amount,
            ValueKind::ManDays => &self.man_days,
            ValueKind::Date => &self.date,
            ValueKind::Percent => &self.percent,
            ValueKind::Year | ValueKind::Priority | ValueKind::Scale4 | ValueKind::Criticality => &self.integer,
            ValueKind::Text => &self.wrap,
            _ => &self.text,
        }
    }

    /// The format of a value of the Direction sheet.
    fn form(&self, kind: ValueKind) -> &Format {
        match kind {
            ValueKind::Amount => &self.form_amount,
            ValueKind::Date => &self.form_date,
            ValueKind::Year => &self.form_integer,
            _ => &self.form_text,
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

/// The actual of quarter `field` (`{prefix}1` … `{prefix}4`), left out when it is zero and
/// `campaign` (the one the actuals come from) has not closed its quarter: it cannot be known
/// yet, and a column of 0,00 under « Réalisé T4 » in a spring reforecast would read as if it
/// were. (An empty cell of a closed quarter imports as "not reported", with a warning.)
fn known_actual(field: &str, prefix: &str, values: &[Decimal; 4], campaign: Campaign) -> Option<Decimal> {
    let q: usize = field.strip_prefix(prefix)?.parse().ok()?;
    let value = values.get(q.checked_sub(1)?).copied()?;
    (!value.is_zero() || campaign.has_closed(q)).then_some(value)
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
    /// The workbook's title, printed at the foot of every page.
    title: String,
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
        let widths: Vec<f64> = columns
            .iter()
            .map(|spec| {
                let longest = records
                    .iter()
                    .map(|r| self.shown_width(&value(r, spec.field)))
                    .fold(0.0, f64::max);
                column_width(spec, longest)
            })
            .collect();
        let mut ws = Worksheet::new();
        ws.set_name(name)?;
        ws.set_row_height(0, measure::row_height(HEADER_LINES))?;
        for (c, spec) in columns.iter().enumerate() {
            let col = c as u16;
            ws.write_string_with_format(0, col, spec.fr, &self.formats.header)?;
            ws.set_column_width(col, widths[c])?;
            ws.set_column_format(col, self.formats.of(spec.kind))?;
            if let Some(validation) = self.validation(kind, spec)? {
                ws.add_data_validation(1, col, last, col, &validation)?;
            }
        }
        // Header and project code stay in view while scrolling (style.md §19), and on every
        // printed page.
        ws.set_freeze_panes(1, 1)?;
        ws.set_repeat_rows(0, 0)?;
        print_setup(&mut ws, widths.iter().sum(), &self.title);

        let probability = column_of(kind, "probability");
        let impact = column_of(kind, "impact");
        for (i, record) in records.iter().enumerate() {
            let row = i as u32 + 1;
            let mut lines = 1;
            for (c, spec) in columns.iter().enumerate() {
                let col = c as u16;
                let format = self.formats.of(spec.kind);
                match value(record, spec.field) {
                    Value::Empty => {}
                    Value::Text(s) => {
                        if spec.kind == ValueKind::Text {
                            lines = lines.max(measure::lines(&s, widths[c], false).min(MAX_ROW_LINES));
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
                ws.set_row_height(row, measure::row_height(lines))?;
            }
        }
        Ok(ws)
    }

    /// The width (in Excel's units) that `value` needs on one line, as the sheet shows it.
    fn shown_width(&self, value: &Value) -> f64 {
        let shown = match value {
            Value::Empty => return 0.0,
            Value::Text(s) => s.clone(),
            Value::Amount(euros) => match self.unit {
                Unit::Euro => french_number(*euros, 2, 2),
                Unit::KiloEuro => french_number(*euros / self.unit.factor(), 2, 5),
            },
            Value::ManDays(v) => french_number(*v, 1, 2),
            Value::Percent(v) => french_number(*v, 0, 2),
            Value::Int(v) => v.to_string(),
            Value::Date(_) => DATE_SAMPLE.to_string(),
            Value::Criticality(v) => v.to_string(),
        };
        measure::width_of(&shown, false)
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

/// Headers wrap to two lines at most; the header row is that tall on every sheet.
const HEADER_LINES: u32 = 2;

/// The widest date the sheets show (dd/mm/yyyy).
const DATE_SAMPLE: &str = "00/00/0000";

/// A sheet whose columns add up to at most this many width units prints in portrait at nearly
/// full size; wider ones print in landscape. (A4 portrait holds about 100 units between the
/// margins below, landscape about 145.)
const PORTRAIT_MAX_WIDTH: f64 = 95.0;

/// Page margins, in inches: narrower than Excel's default (0.7) so that wide tables shrink less
/// when fitted to one page wide.
const MARGIN_SIDE: f64 = 0.4;
const MARGIN_TOP_BOTTOM: f64 = 0.5;
const MARGIN_HEADER_FOOTER: f64 = 0.25;

/// A4, portrait or landscape as the sheet's width needs, fitted to one page wide (as many pages
/// tall as needed), with the workbook's title, the sheet name and the page number at the foot of
/// every page: the way a PMO prints a table.
fn print_setup(ws: &mut Worksheet, width: f64, title: &str) {
    if width > PORTRAIT_MAX_WIDTH {
        ws.set_landscape();
    } else {
        ws.set_portrait();
    }
    ws.set_paper_size(9);
    ws.set_margins(
        MARGIN_SIDE,
        MARGIN_SIDE,
        MARGIN_TOP_BOTTOM,
        MARGIN_TOP_BOTTOM,
        MARGIN_HEADER_FOOTER,
        MARGIN_HEADER_FOOTER,
    );
    ws.set_print_fit_to_pages(1, 0);
    ws.set_print_center_horizontally(true);
    ws.set_footer(footer(title));
}

/// `&L` title, `&R` sheet name and page x / n, in 8 points. A `&` of the title is doubled (else
/// Excel reads it as a code), and an overlong title is left out rather than making Excel refuse
/// the footer (255 characters at most).
fn footer(title: &str) -> String {
    let page = "&R&8&A — &P / &N";
    let escaped = title.replace('&', "&&");
    if escaped.encode_utf16().count() > 180 {
        return page.to_string();
    }
    format!("&L&8{escaped}{page}")
}

/// The width bounds of a column, in Excel's units: the width it has in a blank template, and
/// how wide its values may make it. Free text has a fixed width (past it, text wraps and the row
/// grows), except codes, which would break badly. Numbers, dates and list labels never wrap, so
/// their columns grow as wide as their longest value, plus a unit so that they do not touch
/// their neighbours.
fn bounds(spec: &ColumnSpec) -> (f64, f64) {
    let fits = |samples: &[String]| {
        samples
            .iter()
            .map(|s| measure::width_of(s, false) + CELL_GAP)
            .fold(0.0, f64::max)
    };
    let fixed = |samples: &[&str]| {
        let owned: Vec<String> = samples.iter().map(|s| s.to_string()).collect();
        (fits(&owned), f64::INFINITY)
    };
    let list = |labels: Vec<String>| (fits(&labels), f64::INFINITY);
    let text = |width: f64| (width, width);
    match spec.kind {
        ValueKind::Text => match spec.field {
            // Sentences and titles: the widest columns of their sheets, wrapped.
            "comment" | "mitigation" => text(36.0),
            "description" => text(32.0),
            "watch_points" | "decision_needed" | "name" | "title" => text(30.0),
            "ambition" | "initiative" => text(20.0),
            // Short values that read badly cut in two: as wide as the longest, within reason.
            "code" | "project" | "risk_id" => (10.0, 16.0),
            "team" => (20.0, 30.0),
            "kind" => (14.0, 20.0),
            // People: manager, sponsor, owner.
            _ => (15.0, 20.0),
        },
        // Room for a value a directorate may type in a blank template without seeing ####.
        ValueKind::Amount => fixed(&["-99 999 999,99"]),
        ValueKind::ManDays => fixed(&["99 999,5"]),
        ValueKind::Date => fixed(&[DATE_SAMPLE]),
        ValueKind::Percent => fixed(&["100"]),
        ValueKind::Year => fixed(&["2026"]),
        ValueKind::Priority | ValueKind::Scale4 | ValueKind::Criticality => fixed(&["16"]),
        ValueKind::Campaign => list(labels::<Campaign>()),
        ValueKind::Unit => list(vec![Unit::KiloEuro.code().to_string()]),
        ValueKind::ProjectStatus => list(labels::<ProjectStatus>()),
        ValueKind::YesNo => list(vec![Key::Yes.text(FR).to_string(), Key::No.text(FR).to_string()]),
        ValueKind::Nature => list(labels::<Nature>()),
        ValueKind::Category => list(labels::<Category>()),
        ValueKind::Weather => list(labels::<Weather>()),
        ValueKind::RiskStatus => list(labels::<RiskStatus>()),
    }
}

/// Room left between a value that never wraps and the next column, in Excel's units.
const CELL_GAP: f64 = 1.0;

/// The width of a column: its header on two lines at most, and its longest value (`longest`
/// units on one line) within the bounds of its kind.
fn column_width(spec: &ColumnSpec, longest: f64) -> f64 {
    let header = measure::width_for_lines(spec.fr, HEADER_LINES, true, 0.0);
    let (min, max) = bounds(spec);
    let longest = if spec.kind == ValueKind::Text {
        longest
    } else {
        longest + CELL_GAP
    };
    longest.clamp(min, max).max(header)
}

/// `value` as a French spreadsheet shows it: narrow no-break spaces between thousands, a decimal
/// comma, between `min` and `max` decimals. Used to size columns, never written.
fn french_number(value: Decimal, min: u32, max: u32) -> String {
    let v = value.round_dp(max).normalize();
    let plain = format!("{:.*}", v.scale().max(min) as usize, v.abs());
    let (int, frac) = plain.split_once('.').unwrap_or((&plain, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('\u{202f}');
        }
        grouped.push(c);
    }
    let sign = if v.is_sign_negative() && !v.is_zero() { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac}")
    }
}

/// The Direction sheet: every key of the contract in column A, its value in column B.
fn directorate_sheet(
    data: &ReturnData,
    options: &TemplateOptions,
    formats: &Formats,
    title: &str,
) -> Result<Worksheet, TemplateError> {
    let mut ws = Worksheet::new();
    let name = SheetKind::Directorate.french_name();
    ws.set_name(name)?;
    let values: Vec<Value> = DIRECTORATE_KEYS
        .iter()
        .map(|spec| match spec.field {
            "directorate" => text(&data.directorate),
            "name" => opt_text(&data.directorate_name),
            "year" => Value::Int(data.year.into()),
            "campaign" => Value::Text(data.campaign.label(FR).to_string()),
            "submitted_on" => date(data.submitted_on),
            "owner" => opt_text(&data.owner),
            "unit" => Value::Text(options.unit.code().to_string()),
            "envelope" => data.envelope.map_or(Value::Empty, Value::Amount),
            _ => Value::Empty,
        })
        .collect();
    let label_width = DIRECTORATE_KEYS
        .iter()
        .map(|k| measure::width_of(k.fr, true))
        .fold(DIRECTORATE_LABEL_WIDTH, f64::max);
    let w = Writer {
        unit: options.unit,
        formats,
        title: title.to_string(),
    };
    let value_width = values
        .iter()
        .map(|v| w.shown_width(v))
        .fold(DIRECTORATE_VALUE_WIDTH, f64::max)
        .min(DIRECTORATE_VALUE_MAX_WIDTH);
    ws.set_column_width(0, label_width)?;
    ws.set_column_width(1, value_width)?;
    print_setup(&mut ws, label_width + value_width, title);
    for ((r, spec), value) in DIRECTORATE_KEYS.iter().enumerate().zip(values) {
        let row = r as u32;
        ws.write_string_with_format(row, 0, spec.fr, &formats.label)?;
        let format = formats.form(spec.kind);
        match value {
            Value::Text(s) => {
                let lines = measure::lines(&s, value_width, false).min(MAX_ROW_LINES);
                if lines > 1 {
                    ws.set_row_height(row, measure::row_height(lines))?;
                }
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

/// Widths of the Direction sheet's columns, in Excel's units: at least these, wider for a
/// longer label or value (up to the maximum, past which a value wraps).
const DIRECTORATE_LABEL_WIDTH: f64 = 22.0;
const DIRECTORATE_VALUE_WIDTH: f64 = 40.0;
const DIRECTORATE_VALUE_MAX_WIDTH: f64 = 60.0;

/// One line of the Instructions sheet.
enum Line {
    /// A section title, after a blank line.
    Heading(String),
    /// A label in column A and its explanation in column B.
    Entry(String, String),
    /// The next section starts a printed page (so that no heading is left alone at the foot of
    /// a page).
    NewPage,
}

/// The first sheet: what the workbook is for and how to fill it in, in French.
fn instructions_sheet(
    data: &ReturnData,
    options: &TemplateOptions,
    formats: &Formats,
    title: &str,
) -> Result<Worksheet, TemplateError> {
    let lines = instruction_lines(data, options);
    // Labels stay on one line: column A is as wide as the longest (within reason).
    let label_width = lines
        .iter()
        .filter_map(|l| match l {
            Line::Entry(label, _) => Some(measure::width_of(label, true)),
            Line::Heading(_) | Line::NewPage => None,
        })
        .fold(INSTRUCTIONS_LABEL_MIN_WIDTH, f64::max)
        .min(INSTRUCTIONS_LABEL_MAX_WIDTH);

    let mut ws = Worksheet::new();
    ws.set_name(Key::TplSheetInstructions.text(FR))?;
    ws.set_column_width(0, label_width)?;
    ws.set_column_width(1, INSTRUCTIONS_TEXT_WIDTH)?;
    ws.set_row_height(0, TITLE_HEIGHT)?;
    print_setup(&mut ws, label_width + INSTRUCTIONS_TEXT_WIDTH, title);
    ws.write_string_with_format(0, 0, title, &formats.title)?;
    let mut row = 2;
    let mut breaks = Vec::new();
    let mut new_page = false;
    for line in &lines {
        match line {
            Line::NewPage => {
                new_page = true;
                continue;
            }
            Line::Heading(text) => {
                if new_page {
                    // The page starts with the heading, without the blank line.
                    breaks.push(row);
                    new_page = false;
                } else {
                    row += 1;
                }
                // One merged band: a border between A and B would cut the title in two.
                ws.merge_range(row, 0, row, 1, text, &formats.heading)?;
            }
            Line::Entry(label, value) => {
                ws.write_string_with_format(row, 0, label, &formats.label)?;
                ws.write_string_with_format(row, 1, value, &formats.note)?;
                let lines = entry_lines(label, value, label_width);
                if lines > 1 {
                    ws.set_row_height(row, measure::row_height(lines))?;
                }
            }
        }
        row += 1;
    }
    ws.set_page_breaks(&breaks)?;
    ws.set_active(true);
    Ok(ws)
}

/// How many lines an entry of the Instructions sheet takes.
fn entry_lines(label: &str, value: &str, label_width: f64) -> u32 {
    measure::lines(label, label_width, true).max(measure::lines(value, INSTRUCTIONS_TEXT_WIDTH, false))
}

/// What the Instructions sheet says, line after line.
fn instruction_lines(data: &ReturnData, options: &TemplateOptions) -> Vec<Line> {
    let entry = |label: &str, value: &str| Line::Entry(french_spacing(label), french_spacing(value));
    let heading = |key: Key| Line::Heading(key.text(FR).to_string());
    let key = |field: &str| DIRECTORATE_KEYS.iter().find(|k| k.field == field).map_or("", |k| k.fr);
    let unit_name = match options.unit {
        Unit::Euro => Key::TplUnitEuro.text(FR),
        Unit::KiloEuro => Key::TplUnitKiloEuro.text(FR),
    };
    let directorate = match &data.directorate_name {
        // A template for any directorate says where the code goes rather than showing nothing.
        _ if data.directorate.trim().is_empty() => Key::TplDirectorateToFill.text(FR).to_string(),
        Some(n) if !n.trim().is_empty() => format!("{} — {}", data.directorate, n),
        _ => data.directorate.clone(),
    };
    let send_to = match &options.send_to {
        Some(who) if !who.trim().is_empty() => tr(FR, Key::TplSendTo, &[("contact", who)]),
        _ => Key::TplSendToPmo.text(FR).to_string(),
    };

    let mut out = vec![
        entry(Key::TplPurposeLabel.text(FR), Key::TplPurpose.text(FR)),
        heading(Key::TplReturnHeading),
        entry(key("directorate"), &directorate),
        entry(key("year"), &data.year.to_string()),
        entry(
            key("campaign"),
            &format!("{} ({})", data.campaign.label(FR), data.campaign.code()),
        ),
        entry(key("unit"), unit_name),
        entry(Key::TplSendToLabel.text(FR), &send_to),
    ];
    if let Some(deadline) = options.deadline {
        out.push(entry(
            Key::TplDeadlineLabel.text(FR),
            &pmo_model::dates::format_fr(deadline),
        ));
    }

    out.push(heading(Key::TplHowHeading));
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
        out.push(entry(sheet.french_name(), &tr(FR, how, &unit_args)));
    }

    // The first page says what the workbook is and how to fill it in; the second, the rules
    // and the lists to keep at hand.
    out.push(Line::NewPage);
    out.push(heading(Key::TplRulesHeading));
    out.push(entry(
        Key::TplRuleAmountsLabel.text(FR),
        &tr(FR, Key::TplRuleAmounts, &[("unit", &unit_name)]),
    ));
    out.push(entry(
        Key::TplRuleDatesLabel.text(FR),
        &tr(FR, Key::TplRuleDates, &[("year", &data.year)]),
    ));
    out.push(entry(Key::TplRuleListsLabel.text(FR), Key::TplRuleLists.text(FR)));
    out.push(entry(
        Key::TplRuleStructureLabel.text(FR),
        Key::TplRuleStructure.text(FR),
    ));

    out.push(heading(Key::TplListsHeading));
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
    out.extend(lists.iter().map(|(label, values)| entry(label, values)));
    out
}

/// `text` with the spaces that French typography puts before `: ; ? ! % €` and inside `« »`
/// made non-breaking, so that a wrapped line never starts with a lone colon or closing
/// guillemet (the catalog is written with ordinary spaces; Excel and LibreOffice wrap only at
/// those).
fn french_spacing(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut previous = None;
    while let Some(c) = chars.next() {
        let glued = c == ' '
            && (matches!(chars.peek(), Some(':' | ';' | '?' | '!' | '%' | '€' | '»')) || previous == Some('«'));
        out.push(if glued { '\u{a0}' } else { c });
        previous = Some(c);
    }
    out
}

/// Widths of the Instructions sheet's label column (bounds) and text column, in Excel's units.
const INSTRUCTIONS_LABEL_MIN_WIDTH: f64 = 24.0;
const INSTRUCTIONS_LABEL_MAX_WIDTH: f64 = 32.0;
const INSTRUCTIONS_TEXT_WIDTH: f64 = 110.0;

/// Height of the title row (14-point text), in points.
const TITLE_HEIGHT: f64 = 24.0;

#[cfg(test)]
mod tests {
    use super::*;

    /// The longest Instructions a template can have: k€, a named contact and a deadline.
    fn longest() -> (ReturnData, TemplateOptions) {
        let mut data = ReturnData::new("DCOM", 2026, Campaign::R3);
        data.directorate_name = Some("Direction de la communication et de la marque".into());
        let options = TemplateOptions {
            unit: Unit::KiloEuro,
            send_to: Some("Claire Dubois-Lefèvre (PMO), claire.dubois-lefevre@exemple.fr".into()),
            deadline: NaiveDate::from_ymd_opt(2026, 10, 9),
            ..TemplateOptions::default()
        };
        (data, options)
    }

    fn label_width(lines: &[Line]) -> f64 {
        lines
            .iter()
            .filter_map(|l| match l {
                Line::Entry(label, _) => Some(measure::width_of(label, true)),
                _ => None,
            })
            .fold(INSTRUCTIONS_LABEL_MIN_WIDTH, f64::max)
            .min(INSTRUCTIONS_LABEL_MAX_WIDTH)
    }

    #[test]
    fn no_label_of_the_instructions_wraps() {
        let (data, options) = longest();
        let lines = instruction_lines(&data, &options);
        let width = label_width(&lines);
        for line in &lines {
            if let Line::Entry(label, _) = line {
                assert_eq!(
                    measure::lines(label, width, true),
                    1,
                    "{label:?} fits column A ({width} wide) on one line: a wrapped label reads as two"
                );
            }
        }
    }

    #[test]
    fn the_first_instructions_page_fits_one_a4_landscape_page() {
        let (data, options) = longest();
        let lines = instruction_lines(&data, &options);
        let width = label_width(&lines);
        // Printed at 100 %: the two columns fit between the side margins (7 pixels a unit plus
        // 5 of padding a column, at 96 pixels an inch)...
        let inches = ((width + INSTRUCTIONS_TEXT_WIDTH) * 7.0 + 10.0) / 96.0;
        assert!(
            inches <= 11.69 - 2.0 * MARGIN_SIDE,
            "{inches} in wide: it would be shrunk"
        );
        // ...so the rows before the page break keep their heights in points.
        let mut height = TITLE_HEIGHT + measure::row_height(1);
        for line in lines.iter().take_while(|l| !matches!(l, Line::NewPage)) {
            height += match line {
                Line::Heading(_) => measure::row_height(2),
                Line::Entry(label, value) => measure::row_height(entry_lines(label, value, width)),
                Line::NewPage => 0.0,
            };
        }
        let page = (8.27 - 2.0 * MARGIN_TOP_BOTTOM) * 72.0;
        assert!(
            height <= page,
            "purpose, return and how-to take {height} pt of the {page} pt of the first page"
        );
        assert!(
            lines.iter().any(|l| matches!(l, Line::NewPage)),
            "the rules start the second page"
        );
    }

    #[test]
    fn every_header_fits_its_column_on_two_lines() {
        for kind in SheetKind::ALL.into_iter().filter(|k| *k != SheetKind::Directorate) {
            for spec in kind.columns() {
                let width = column_width(spec, 0.0);
                assert!(
                    measure::lines(spec.fr, width, true) <= HEADER_LINES,
                    "{}: header {:?} in {width} units takes more lines than the header row holds",
                    kind.french_name(),
                    spec.fr
                );
            }
        }
    }

    #[test]
    fn list_columns_hold_their_longest_label() {
        for (kind, field) in [
            (SheetKind::Projects, "status"),
            (SheetKind::Status, "overall"),
            (SheetKind::Risks, "status"),
            (SheetKind::Budget, "category"),
        ] {
            let spec = kind.columns().iter().find(|c| c.field == field).unwrap();
            let width = column_width(spec, 0.0);
            let labels = match spec.kind {
                ValueKind::ProjectStatus => labels::<ProjectStatus>(),
                ValueKind::Weather => labels::<Weather>(),
                ValueKind::RiskStatus => labels::<RiskStatus>(),
                _ => labels::<Category>(),
            };
            for label in labels {
                assert!(
                    measure::width_of(&label, false) < width,
                    "{label:?} is cut in the {} column ({width} wide) of an empty template",
                    spec.fr
                );
            }
        }
    }

    #[test]
    fn numbers_are_measured_as_a_french_spreadsheet_shows_them() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(french_number(d("-1234567.8"), 2, 2), "-1\u{202f}234\u{202f}567,80");
        assert_eq!(french_number(d("1250.0005"), 2, 5), "1\u{202f}250,0005");
        assert_eq!(french_number(d("12.5"), 1, 2), "12,5");
        assert_eq!(french_number(d("45"), 0, 2), "45");
        assert_eq!(french_number(d("100"), 1, 2), "100,0");
    }

    #[test]
    fn french_spacing_keeps_punctuation_with_its_word() {
        assert_eq!(
            french_spacing("impact) : gardez « la formule » ; 45 % en €"),
            "impact)\u{a0}: gardez «\u{a0}la formule\u{a0}»\u{a0}; 45\u{a0}% en\u{a0}€"
        );
        assert_eq!(french_spacing("a - b"), "a - b", "other spaces still break");
    }

    #[test]
    fn a_footer_never_exceeds_what_excel_accepts() {
        assert_eq!(footer("R&D"), "&L&8R&&D&R&8&A — &P / &N", "a & of the title is doubled");
        let long = "x".repeat(300);
        assert_eq!(footer(&long), "&R&8&A — &P / &N", "an overlong title is left out");
    }
}
