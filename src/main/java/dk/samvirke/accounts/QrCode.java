package dk.samvirke.accounts;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** A QR code as a small SVG: one path of dark modules, crisp at any size, drawn without any script. */
final class QrCode {

    private static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    static String svg(String text, String title) {
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            var path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return """
                    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %1$d %2$d" width="%3$d" height="%4$d" \
                    shape-rendering="crispEdges" role="img"><title>%5$s</title>\
                    <rect width="100%%" height="100%%" fill="#fff"/><path d="%6$s" fill="#000"/></svg>
                    """.formatted(matrix.getWidth(), matrix.getHeight(), matrix.getWidth() * 6, matrix.getHeight() * 6,
                    escape(title), path);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot draw a QR code of this text", e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
