package jp.shomu.ledger.report.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.service.imports.RowSource;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an .xlsx file (or the sheet named 取込み), read with POI's streaming (SAX) reader so a sheet
 * of 100,000 rows is never held in memory. Dates are handed on as 2026-10-01, numbers as shown without grouping
 * quirks, formulas as their last calculated value.
 */
public final class XlsxRowSource implements RowSource {
    static final String SHEET = "取込み";

    private final Path file;

    public XlsxRowSource(Path file) {
        this.file = file;
    }

    @Override
    public String name() {
        return file.getFileName().toString();
    }

    @Override
    public void read(RowHandler handler) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            InputStream chosen = null;
            while (sheets.hasNext()) {
                InputStream s = sheets.next();
                if (chosen == null || SHEET.equals(sheets.getSheetName())) {
                    if (chosen != null) {
                        chosen.close();
                    }
                    chosen = s;
                } else {
                    s.close();
                }
            }
            if (chosen == null) {
                throw new InvalidInputException(name() + " にシートがありません");
            }
            try (InputStream sheet = chosen) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(styles, null, strings, new Rows(handler), new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | ParserConfigurationException
                | org.apache.poi.ooxml.POIXMLException
                | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new InvalidInputException(name() + " を Excel(.xlsx)として読めません: " + e.getMessage());
        }
    }

    /** Collects the cells of each row (columns skipped by Excel become "") and hands the row on. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private int row;

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum + 1;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            handler.row(row, new ArrayList<>(cells));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /** Shows date cells as 2026-10-01 (whatever their display format) and plain numbers without exponent. */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(java.util.Locale.JAPAN);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value);
                return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                        ? t.toLocalDate().toString()
                        : t.toLocalDate() + " " + t.toLocalTime();
            }
            if ("General".equalsIgnoreCase(formatString) && value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
