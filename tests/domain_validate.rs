use offshoring_planner::domain::validate::{
    format_time, parse_time, scope, working_window, zone_in, zone_syntax, FieldError, HORIZON,
    TEAM_SIZE,
};

#[test]
fn whole_numbers_parse_within_their_range() {
    assert_eq!(TEAM_SIZE.parse("8"), Ok(8));
    assert_eq!(TEAM_SIZE.parse("  12 "), Ok(12));
    assert_eq!(TEAM_SIZE.parse("500"), Ok(500));
    assert_eq!(HORIZON.parse("120"), Ok(120));
}

#[test]
fn whole_numbers_say_what_is_wrong() {
    let range = FieldError::OutOfRange { min: 1, max: 500 };
    assert_eq!(TEAM_SIZE.parse(""), Err(FieldError::Empty));
    assert_eq!(TEAM_SIZE.parse("   "), Err(FieldError::Empty));
    assert_eq!(TEAM_SIZE.parse("abc"), Err(FieldError::NotWholeNumber));
    assert_eq!(TEAM_SIZE.parse("2.5"), Err(FieldError::NotWholeNumber));
    assert_eq!(TEAM_SIZE.parse("-3"), Err(FieldError::NotWholeNumber));
    assert_eq!(TEAM_SIZE.parse("1e3"), Err(FieldError::NotWholeNumber));
    assert_eq!(TEAM_SIZE.parse("0"), Err(range));
    assert_eq!(TEAM_SIZE.parse("501"), Err(range));
    assert_eq!(TEAM_SIZE.parse("99999999999999999999999"), Err(range));
    assert_eq!(
        HORIZON.parse("121"),
        Err(FieldError::OutOfRange { min: 1, max: 120 })
    );
}

#[test]
fn times_parse_on_a_24_hour_clock() {
    assert_eq!(parse_time("09:00"), Ok(540));
    assert_eq!(parse_time("9:30"), Ok(570));
    assert_eq!(parse_time("17:00"), Ok(1020));
    assert_eq!(parse_time("24:00"), Ok(1440));
    assert_eq!(parse_time("00:00"), Ok(0));
    for bad in [
        "", "9", "9:5", "25:00", "24:01", "12:60", "ab:cd", "12:00pm", "1:2:3", "９:00",
    ] {
        assert_eq!(parse_time(bad), Err(FieldError::BadTime), "{bad:?}");
    }
    assert_eq!(format_time(540), "09:00");
    assert_eq!(format_time(1440), "24:00");
}

#[test]
fn the_working_day_must_end_after_it_starts() {
    assert_eq!(working_window(540, 1020), Ok(()));
    assert_eq!(working_window(1020, 540), Err(FieldError::EndBeforeStart));
    assert_eq!(working_window(540, 540), Err(FieldError::EndBeforeStart));
}

#[test]
fn scope_is_bounded() {
    assert!(scope("Ship the portal").is_ok());
    assert!(scope(&"é".repeat(500)).is_ok());
    assert_eq!(
        scope(&"x".repeat(501)),
        Err(FieldError::TooLong { max: 500 })
    );
}

#[test]
fn zones_must_be_well_formed_and_known() {
    let known = vec!["America/New_York".to_string(), "Europe/Berlin".to_string()];
    assert_eq!(zone_in("Europe/Berlin", &known), Ok("Europe/Berlin"));
    assert_eq!(zone_in(" europe/berlin ", &known), Ok("Europe/Berlin"));
    assert_eq!(zone_in("", &known), Err(FieldError::Empty));
    assert_eq!(zone_in("Mars/Olympus", &known), Err(FieldError::BadZone));
    assert_eq!(zone_in("<script>", &known), Err(FieldError::BadZone));
    assert_eq!(zone_syntax(""), Ok(()));
    assert_eq!(zone_syntax("Etc/GMT+5"), Ok(()));
    assert_eq!(zone_syntax("America/Port-au-Prince"), Ok(()));
    assert_eq!(zone_syntax(&"A".repeat(65)), Err(FieldError::BadZone));
    assert_eq!(zone_syntax("a b"), Err(FieldError::BadZone));
}

#[test]
fn spanish_numbers_parse_with_their_own_separators_and_the_other_convention_is_refused() {
    use offshoring_planner::domain::validate::{parse_decimal_with, FieldError};
    let es = |t: &str| parse_decimal_with(t, ',', '.');
    assert_eq!(es("144.570"), Ok(144_570.0));
    assert_eq!(es("144.570,5"), Ok(144_570.5));
    assert_eq!(es("0,18"), Ok(0.18));
    assert_eq!(es("1500"), Ok(1500.0));
    // English-style input is not silently misread.
    assert_eq!(es("0.18"), Err(FieldError::NotANumber));
    assert_eq!(es("1,234.5"), Err(FieldError::NotANumber));
    assert_eq!(es("1.5"), Err(FieldError::NotANumber));
    assert_eq!(
        parse_decimal_with("1,5", ',', ','),
        Err(FieldError::NotANumber)
    );
}

#[test]
fn one_minus_sign_at_most() {
    use offshoring_planner::domain::validate::{parse_decimal, parse_decimal_with, FieldError};
    assert_eq!(parse_decimal("-0"), Ok(0.0));
    assert_eq!(parse_decimal("- 0"), Ok(0.0));
    assert_eq!(parse_decimal("-5"), Err(FieldError::Negative));
    for text in ["--0", "- -0", "--5", "-", "-,", "-.", "0-"] {
        assert_eq!(
            parse_decimal(text),
            Err(FieldError::NotANumber),
            "{text:?} is not a number"
        );
    }
    assert_eq!(
        parse_decimal_with("--0", ',', '.'),
        Err(FieldError::NotANumber)
    );
}
