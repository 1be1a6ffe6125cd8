package cn.qinqing.statistics.web;

/** The sentences of a bulletin (通报) in reading order, as the page, the workbook and the PDF show them. */
public record BulletinLines(String title, String period, String issued, String summary, String standards,
                            String below) {
}
