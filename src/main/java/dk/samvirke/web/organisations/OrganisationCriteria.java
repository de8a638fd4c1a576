package dk.samvirke.web.organisations;

import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.shared.CodedEnum;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the organisation list, bound from the GET form; unknown values mean "no filter".
 *
 * @param type an organisation type code ({@code municipality}, {@code region}, …)
 * @param member {@code yes}, {@code no} or empty for both
 * @param page 1-based
 */
public record OrganisationCriteria(String type, String member, Integer page) {

    public OrganisationCriteria {
        type = type != null && CodedEnum.fromCode(OrganisationType.class, type).isPresent() ? type : null;
        member = "yes".equals(member) || "no".equals(member) ? member : null;
        page = page == null || page < 1 ? 1 : page;
    }

    String hrefOfPage(int number) {
        var uri = UriComponentsBuilder.fromPath("/organisationer");
        if (type != null) {
            uri.queryParam("type", type);
        }
        if (member != null) {
            uri.queryParam("member", member);
        }
        if (number > 1) {
            uri.queryParam("page", number);
        }
        return uri.build().toUriString();
    }
}
