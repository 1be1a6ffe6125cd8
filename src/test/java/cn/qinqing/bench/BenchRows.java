package cn.qinqing.bench;

import cn.qinqing.demo.DemoNames;
import cn.qinqing.member.Industry;
import cn.qinqing.member.SearchTerms;
import cn.qinqing.shared.crypto.PersonalDataCipher;
import cn.qinqing.shared.standard.CreditCode;
import cn.qinqing.shared.standard.IdNumber;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Member rows for the scale benchmark in PostgreSQL COPY text format: realistic names (the demo's
 * generator), the app's own search terms, check-valid codes, encrypted personal numbers, and the
 * type, kind, place and sector mix of the demo district. Every 2,500th row also yields the search
 * texts a person would type for it.
 */
final class BenchRows {

    static final String COLUMNS = "federation_id, member_number, type, status, name, credit_code, industry, kind, size, "
            + "high_tech, local, id_number_cipher, id_number_index, id_number_masked, birth_date, male, mobile_cipher, "
            + "mobile_index, mobile_masked, joined_on, search_terms, search_text";
    private static final Industry[] ENTERPRISE_SECTORS = {Industry.F, Industry.F, Industry.F, Industry.H, Industry.H,
            Industry.C, Industry.C, Industry.B, Industry.E, Industry.G, Industry.O, Industry.I, Industry.M, Industry.A};

    /** What a person types to find one member: a two-character fragment and pinyin initials. */
    record Probe(String fragment, String initials) {
    }

    private final Random random = new Random(20221126L);
    private final DemoNames names = new DemoNames(random);
    private final PersonalDataCipher cipher;
    private final List<long[]> federations;
    private final LocalDate today;
    final List<Probe> probes = new ArrayList<>();
    private final java.util.Set<String> idNumbers = new java.util.HashSet<>();
    private long serial;
    private long rows;
    private boolean encrypt = true;

    /** federations: {id, region code as a number} of the districts the rows are spread over. */
    BenchRows(PersonalDataCipher cipher, List<long[]> federations, LocalDate today) {
        this.cipher = cipher;
        this.federations = federations;
        this.today = today;
    }

    /** Writes the rows; without encryption (a kept database) only the probes are wanted, not the rows. */
    void write(Writer out, int count, boolean encrypt) throws IOException {
        this.encrypt = encrypt;
        var line = new StringBuilder(512);
        for (int i = 0; i < count; i++) {
            line.setLength(0);
            row(line, i % 2500 == 0);
            out.append(line).append('\n');
        }
    }

    private void row(StringBuilder line, boolean probe) {
        var federation = federations.get(random.nextInt(federations.size()));
        var region = "%06d".formatted(federation[1]);
        int dice = random.nextInt(100);
        var type = dice < 36 ? "ENTERPRISE" : dice < 38 ? "GROUP" : "INDIVIDUAL";
        var status = random.nextInt(100) < 92 ? "ACTIVE" : random.nextBoolean() ? "LAPSED" : "WITHDRAWN";
        boolean local = random.nextInt(12) != 0;
        var home = local ? region : "330302";
        var joined = LocalDate.ofEpochDay(LocalDate.of(2008, 1, 1).toEpochDay()
                + random.nextLong(today.toEpochDay() - LocalDate.of(2008, 1, 1).toEpochDay()));
        String name;
        String fragment;
        String initialsOf;
        String code = null;
        String industry = null;
        String kind = null;
        String size = null;
        boolean highTech = false;
        String idNumber = null;
        if (type.equals("INDIVIDUAL")) {
            name = names.person();
            fragment = name.substring(0, 2);
            initialsOf = name;
            do {
                var first17 = home + "%04d%02d%02d".formatted(1950 + random.nextInt(45), 1 + random.nextInt(12),
                        1 + random.nextInt(28)) + "%03d".formatted(random.nextInt(1000));
                idNumber = first17 + IdNumber.checkCharacter(first17);
            } while (!idNumbers.add(idNumber));
        } else {
            var trade = names.tradeName();
            var sector = type.equals("GROUP") ? Industry.S : ENTERPRISE_SECTORS[random.nextInt(ENTERPRISE_SECTORS.length)];
            boolean shop = type.equals("ENTERPRISE") && random.nextInt(100) < 62;
            name = type.equals("GROUP") ? "河口区" + trade + "商会" : shop ? names.shop("河口区", trade, sector)
                    : names.company(random.nextBoolean() ? "东营" : "山东", trade, sector);
            fragment = trade;
            int start = name.indexOf(trade);
            initialsOf = name.substring(start, Math.min(name.length(), start + 4));
            code = CreditCode.fromPrefix((type.equals("GROUP") ? "51" : shop ? "92" : "91") + home + "QQ"
                    + "%07d".formatted(++serial)).value();
            industry = sector.name();
            kind = type.equals("GROUP") ? "OTHER" : shop ? "INDIVIDUAL_BUSINESS" : "PRIVATE_ENTERPRISE";
            size = shop ? "MICRO" : new String[] {"LARGE", "MEDIUM", "SMALL", "SMALL", "MICRO"}[random.nextInt(5)];
            highTech = !shop && random.nextInt(100) < 12;
        }
        var mobile = "170" + "%08d".formatted(random.nextInt(100_000_000));
        var terms = SearchTerms.of(name);
        if (probe) {
            var text = SearchTerms.of(initialsOf).text();
            probes.add(new Probe(fragment, text.substring(text.lastIndexOf(' ') + 1)));
        }
        cell(line, federation[0]);
        cell(line, region + "-" + joined.getYear() + "-" + (++rows));
        cell(line, type);
        cell(line, status);
        cell(line, name);
        cell(line, code);
        cell(line, industry);
        cell(line, kind);
        cell(line, size);
        cell(line, highTech ? "t" : "f");
        cell(line, local ? "t" : "f");
        cell(line, idNumber == null ? null : "\\\\x" + HexFormat.of().formatHex(encrypt ? cipher.encrypt(idNumber) : new byte[0]));
        cell(line, idNumber == null ? null : encrypt ? cipher.blindIndex(idNumber) : "");
        cell(line, idNumber == null ? null : IdNumber.parse(idNumber).masked());
        cell(line, idNumber == null ? null : IdNumber.parse(idNumber).birthDate().toString());
        cell(line, idNumber == null ? null : IdNumber.parse(idNumber).male() ? "t" : "f");
        cell(line, "\\\\x" + HexFormat.of().formatHex(encrypt ? cipher.encrypt(mobile) : new byte[0]));
        cell(line, encrypt ? cipher.blindIndex(mobile) : "");
        cell(line, mobile.substring(0, 3) + "****" + mobile.substring(7));
        cell(line, joined.toString());
        var array = new StringBuilder("{");
        for (var term : terms.terms()) {
            array.append(array.length() > 1 ? "," : "").append('"').append(term).append('"');
        }
        cell(line, array.append('}').toString());
        line.append(terms.text());
    }

    private static void cell(StringBuilder line, Object value) {
        line.append(value == null ? "\\N" : value.toString()).append('\t');
    }
}
