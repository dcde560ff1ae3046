"""Reports: PDFs, charts, spreadsheets and calendars; rendered without a display."""
