package dk.samvirke.governance;

import java.util.LinkedHashMap;
import java.util.Map;

/** A data package with every file of governance (interfaces.md §9), for the module's tests and its pages' tests. */
public final class GovernancePackageFixture {

    private GovernancePackageFixture() {
    }

    /** Year 2026; aarhus (member, very large), odense (member from 2026-03-01: a non-member on 1 January, large),
     * ishoej (small, member, joins the product in 2026), nopop (member, no population), gone (dissolved 2025). */
    public static final Map<String, String> PACKAGE = new LinkedHashMap<>();

    static {
        PACKAGE.put("organisations.csv", """
                key,name,type,municipality_code,population,cvr,ean,dissolved_on
                aarhus,Aarhus Kommune,municipality,751,119999,55133018,5798005770008,
                odense,Odense Kommune,municipality,461,60000,35209115,,
                ishoej,Ishøj Kommune,municipality,183,24999,11931316,,
                nopop,Kommune Uden Tal,municipality,999,,,,
                gone,Nedlagt Kommune,municipality,998,30000,,,2025-06-01
                """);
        PACKAGE.put("memberships.csv", """
                organisation,since,until
                aarhus,2015-01-01,
                odense,2026-03-01,
                ishoej,2020-01-01,
                nopop,2020-01-01,
                gone,2010-01-01,
                """);
        PACKAGE.put("products.csv", """
                key,name,adopted_on
                os2mo,OS2mo,2015-01-01
                os2kitos,OS2kitos,2016-01-01
                """);
        PACKAGE.put("usages.csv", """
                organisation,product,status,since
                aarhus,os2mo,production,2018-01-01
                odense,os2mo,production,2019-05-01
                ishoej,os2mo,pilot,2026-04-01
                nopop,os2mo,production,2020-01-01
                gone,os2mo,production,2020-01-01
                aarhus,os2kitos,production,2020-01-01
                odense,os2kitos,production,2020-01-01
                ishoej,os2kitos,production,2020-01-01
                """);
        PACKAGE.put("people.csv", """
                email,name,organisation,title
                mette@aarhus.dk,Mette Hansen,aarhus,Afdelingsleder
                ole@odense.dk,Ole Olsen,odense,IT-chef
                """);
        PACKAGE.put("participations.csv", """
                person,product,role,since,body,chair
                mette@aarhus.dk,os2mo,steering-committee,2024-01-01,os2mo-styregruppe,yes
                ole@odense.dk,os2mo,steering-committee,2024-01-01,os2mo-styregruppe,
                ole@odense.dk,,board,2023-05-01,bestyrelsen,
                """);
        PACKAGE.put("bodies.csv", """
                key,name,type,product,mandate,since
                os2mo-styregruppe,Styregruppen for OS2mo,steering-committee,os2mo,"Styrer **OS2mo**.",2018-01-01
                bestyrelsen,Bestyrelsen,board,,Foreningens bestyrelse,2012-01-01
                """);
        PACKAGE.put("decisions.csv", """
                key,body,date,title,text,event
                os2mo-n2,os2mo-styregruppe,2024-03-01,OS2mo er modent,"Vi går til **N2**.",
                os2mo-sandkasse,os2mo-styregruppe,2018-02-01,OS2mo i sandkassen,,
                kontingent-2026,bestyrelsen,2025-11-01,Kontingent 2026,,
                """);
        PACKAGE.put("stages.csv", """
                product,stage,since,decision
                os2mo,sandbox,2018-02-01,os2mo-sandkasse
                os2mo,n2,2024-03-01,os2mo-n2
                """);
        PACKAGE.put("fees.csv", """
                product,year,kind,band,member_amount,non_member_amount
                os2mo,2026,annual,small,10000,15000
                os2mo,2026,annual,medium,20000,30000
                os2mo,2026,annual,large,40000,60000
                os2mo,2026,annual,very-large,80000,
                os2mo,2026,joining,all,5000,7500
                os2kitos,2026,annual,equal,,
                ,2026,annual,all,"1000,50",2000
                """);
        PACKAGE.put("budgets.csv", """
                product,year,amount
                os2mo,2026,250000
                os2kitos,2026,100000
                """);
    }

}
