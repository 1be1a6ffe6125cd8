package cn.qinqing.member;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Crafted bad uploads: a valid workbook's zip with entries replaced, edited or added. */
final class HostileFiles {

    private HostileFiles() {
    }

    /** The entries of a zip, by name, in order. */
    static Map<String, byte[]> entries(byte[] zip) {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The workbook with one entry's text changed. */
    static byte[] editEntry(byte[] xlsx, String name, UnaryOperator<String> edit) {
        var entries = entries(xlsx);
        entries.put(name, edit.apply(new String(entries.get(name), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    /** The workbook with an extra entry. */
    static byte[] addEntry(byte[] xlsx, String name, byte[] content) {
        var entries = entries(xlsx);
        entries.put(name, content);
        return zip(entries);
    }

    /** Puts a DOCTYPE declaring an external entity in front of the root element, and uses the entity in a cell. */
    static byte[] withExternalEntity(byte[] xlsx, String entryName, String systemId) {
        return editEntry(xlsx, entryName, xml -> {
            int root = xml.indexOf("?>") + 2;
            var withDoctype = xml.substring(0, root) + "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + systemId + "\">]>"
                    + xml.substring(root);
            return withDoctype.replaceFirst("<t( [^>]*)?>([^<]*)</t>", "<t$1>&xxe;$2</t>");
        });
    }
}
