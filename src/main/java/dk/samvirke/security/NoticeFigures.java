package dk.samvirke.security;

import dk.samvirke.statistics.FigureSource;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/** §3.1 {@code openSecurityNotices} on any date, by one SQL count ({@link NoticeDirectory#OPEN_ON}). */
@Component
class NoticeFigures implements FigureSource {

    private final NoticeDirectory directory;

    NoticeFigures(NoticeDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Map<String, Object> figuresOn(LocalDate date) {
        return Map.of("openSecurityNotices", directory.openOn(date));
    }
}
