package cn.qinqing.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The dashboard's workbook writer: what a spreadsheet program reads back from it. */
class XlsxSheetsTests {

    @Test
    void sheetsKeepTheirOrderNamesHeadersAndCellTypes() throws Exception {
        var book = read(new XlsxSheets()
                .sheet("概况", List.of("项目", "数值"), List.of(List.of("会员总数", 880L), List.of("增长率", "10.0%")))
                .sheet("按商会", List.of("商会", "数量"), List.of(List.of("石油业商会", 60L))));
        assertThat(book.getNumberOfSheets()).isEqualTo(2);
        assertThat(book.getSheetName(0)).isEqualTo("概况");
        assertThat(book.getSheetName(1)).isEqualTo("按商会");
        var sheet = book.getSheetAt(0);
        assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("数值");
        var total = sheet.getRow(1).getCell(1);
        assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(total.getNumericCellValue()).isEqualTo(880.0);
        assertThat(sheet.getRow(2).getCell(1).getCellType()).as("a rate stays text").isEqualTo(CellType.STRING);
        assertThat(book.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("石油业商会");
    }

    @Test
    void theHeaderRowIsBoldOnGreyAndTheBodyPlain() throws Exception {
        var book = read(new XlsxSheets().sheet("a", List.of("h"), List.of(List.of("v"))));
        var header = book.getSheetAt(0).getRow(0).getCell(0).getCellStyle();
        assertThat(book.getFontAt(header.getFontIndex()).getBold()).isTrue();
        assertThat(header.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        var body = book.getSheetAt(0).getRow(1).getCell(0).getCellStyle();
        assertThat(book.getFontAt(body.getFontIndex()).getBold()).isFalse();
    }

    @Test
    void markupQuotesSpacesAndControlCharactersArriveAsPlainText() throws Exception {
        var book = read(new XlsxSheets().sheet("A&B <\"x\">", List.of("h"), List.of(
                List.of("<b>R&D</b> \"商会\""), List.of(" 前后空格 "), List.of("=1+1"), List.of("铃\u0007声"))));
        assertThat(book.getSheetName(0)).isEqualTo("A&B <\"x\">");
        var sheet = book.getSheetAt(0);
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("<b>R&D</b> \"商会\"");
        assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(" 前后空格 ");
        assertThat(sheet.getRow(3).getCell(0).getCellType()).as("never a formula").isEqualTo(CellType.STRING);
        assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("铃声");
    }

    @Test
    void wideRowsGetTwoLetterColumnsAndEmptyCellsAreLeftOut() throws Exception {
        assertThat(Arrays.asList(XlsxSheets.column(0), XlsxSheets.column(25), XlsxSheets.column(26), XlsxSheets.column(701)))
                .containsExactly("A", "Z", "AA", "ZZ");
        var cells = new Object[28];
        cells[27] = 7L;
        var book = read(new XlsxSheets().sheet("w", List.of("h"), List.of(Arrays.asList(cells))));
        var row = book.getSheetAt(0).getRow(1);
        assertThat(row.getPhysicalNumberOfCells()).isEqualTo(1);
        assertThat(row.getCell(27).getNumericCellValue()).isEqualTo(7.0);
    }

    private static XSSFWorkbook read(XlsxSheets sheets) throws Exception {
        var out = new ByteArrayOutputStream();
        sheets.writeTo(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
