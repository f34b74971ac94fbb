import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The oracle of @tclint/java-regex's differential tests: java.util.regex itself. Reads commands on
 * standard input, one per line, and answers each with exactly one line, in order. Strings travel
 * as base64 of their UTF-16LE code units, so any code unit (line breaks, lone surrogates) survives.
 *
 *   C <id> <flags> <pattern>   compile      -> ok | error <index> <description>
 *   T <id> <input>             match        -> v <matches 0|1> <find start or -1> <find end or -1>
 *                                              | so (StackOverflowError) | x <exception>
 *
 * Run as `java Oracle.java` (source launch). The work runs on a thread with a large stack, so
 * that long values do not overflow Java's recursive matcher where a server's would not.
 */
public class Oracle {
    private static final Base64.Decoder DECODE = Base64.getDecoder();
    private static final Base64.Encoder ENCODE = Base64.getEncoder();

    static String decode(String base64) {
        byte[] bytes = DECODE.decode(base64);
        char[] chars = new char[bytes.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((bytes[2 * i] & 0xff) | ((bytes[2 * i + 1] & 0xff) << 8));
        }
        return new String(chars);
    }

    static String encode(String text) {
        byte[] bytes = new byte[text.length() * 2];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes[2 * i] = (byte) c;
            bytes[2 * i + 1] = (byte) (c >> 8);
        }
        return ENCODE.encodeToString(bytes);
    }

    public static void main(String[] args) throws Exception {
        Thread worker = new Thread(null, Oracle::serve, "oracle", 1L << 30);
        worker.start();
        worker.join();
    }

    static void serve() {
        Map<String, Pattern> patterns = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII), 1 << 16);
             BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.US_ASCII), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] part = line.split(" ", -1);
                if (part[0].equals("C")) {
                    try {
                        patterns.put(part[1], Pattern.compile(decode(part[3]), Integer.parseInt(part[2])));
                        out.write("ok");
                    } catch (PatternSyntaxException e) {
                        patterns.remove(part[1]);
                        out.write("error " + e.getIndex() + " " + encode(e.getDescription()));
                    }
                } else if (part[0].equals("T")) {
                    Pattern pattern = patterns.get(part[1]);
                    String input = decode(part[2]);
                    try {
                        Matcher matcher = pattern.matcher(input);
                        boolean matches = matcher.matches();
                        matcher.reset();
                        boolean found = matcher.find();
                        out.write("v " + (matches ? 1 : 0) + " " + (found ? matcher.start() : -1) + " " + (found ? matcher.end() : -1));
                    } catch (StackOverflowError e) {
                        out.write("so");
                    } catch (RuntimeException e) {
                        out.write("x " + encode(String.valueOf(e)));
                    }
                } else {
                    out.write("x " + encode("unknown command " + part[0]));
                }
                out.write('\n');
                if (!in.ready()) out.flush();
            }
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
