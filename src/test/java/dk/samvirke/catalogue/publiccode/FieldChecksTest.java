package dk.samvirke.catalogue.publiccode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The value checks on their own, beyond what the corpus happens to exercise. */
class FieldChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"MIT", "mit", "AGPL-3.0-or-later", "GPL-2.0+", "GPL-2.0", "MIT OR Apache-2.0",
            "MIT WITH Bison-exception-2.2", "(MIT OR Apache-2.0) AND BSD-3-Clause", "LicenseRef-my-own",
            "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2", "EUPL-1.2 or MIT"})
    void validLicenceExpressions(String expression) {
        assertThat(SpdxExpressions.isValid(expression)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Invalid License", "Apache License, Version 2.0", "MIT OR", "(MIT", "MIT)",
            "MIT WITH Apache-2.0", "MIT AND OR Apache-2.0", "MIT Or Apache-2.0"})
    void invalidLicenceExpressions(String expression) {
        assertThat(SpdxExpressions.isValid(expression)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"en,true", "en-GB,true", "en-US,true", "it,true", "sl-IT-nedis,true", "zh-Hant-TW,true",
            "es-419,true", "de-CH-1901,true", "yue,true", "x-private,true", "i-klingon,true",
            "en_GB,false", "hr_HR,false", "xxx,false", "eng,false", "en-XX,false", "en-Qwer,false",
            "de-nedis,false", "no such language,false", "'',false"})
    void languageTags(String tag, boolean valid) {
        assertThat(Bcp47.isValid(tag)).as(tag).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"2017-04-15,true", "2020-02-29,true", "2019-02-29,false", "2017-4-15,false",
            "2017-04-15T10:00:00Z,false", "'',false", "17-04-15,false"})
    void dates(String value, boolean valid) {
        assertThat(FormatChecks.isDate(value)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"https://example.org,true,true", "http://example.org/x?y#z,true,true", "foobar,false,false",
            "???,false,false", "ftp://example.org,true,false", "mailto:someone@example.org,true,false",
            "https://,false,false", "'',false,false"})
    void urls(String value, boolean url, boolean httpUrl) {
        assertThat(FormatChecks.isUrl(value)).as("url %s", value).isEqualTo(url);
        assertThat(FormatChecks.isHttpUrl(value)).as("http_url %s", value).isEqualTo(httpUrl);
    }

    @ParameterizedTest
    @CsvSource({"francesco.rossi@example.org,true", "a+b@sub.example.co,true", "not-an-email,false",
            "a@b,false", "a b@example.org,false"})
    void emails(String value, boolean valid) {
        assertThat(FormatChecks.isEmail(value)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"https://foobar.example/xyz,true", "urn:foobar:example,true", "urn:x-italian-pa:pcm,true",
            "urn:x-italian-pa:PCM,true", "urn:x-italian-pa:no_such_pa,false", "pcm,false", "1,false",
            "/relative/path,false"})
    void organisationUris(String value, boolean valid) {
        assertThat(OrganisationUris.isValid(value)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"IT,true", "it,true", "It,false", "XX,false", "ITA,false"})
    void countries(String value, boolean valid) {
        assertThat(CountryCodes.isAlpha2LowerOrUpper(value)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"abc,3", "'베스핀 가스가 부족합니다.',14", "'e\u0301',1", "'\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67',1",
            "'\uD83C\uDDEE\uD83C\uDDF9',1"})
    void graphemes(String value, int count) {
        assertThat(Graphemes.count(value)).isEqualTo(count);
    }

    @ParameterizedTest
    @CsvSource({"https://www.youtube.com/watch?v=RaHmGbBOP84,true", "https://vimeo.com/12345,true",
            "https://google.com,false", "ABC,false"})
    void oembedVideos(String value, boolean valid) {
        assertThat(CodeLists.isOembedUrl(value)).isEqualTo(valid);
    }
}
