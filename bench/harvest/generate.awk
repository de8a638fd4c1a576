# Writes a git fast-import stream: COMMITS commits on main by AUTHORS authors spread over municipal,
# sub-domain, supplier and private e-mail domains, in mixed case, with a .mailmap and a tag every 1000 commits.
BEGIN {
    split("aarhus.dk it.aarhus.dk odense.dk skole.odense.dk kk.dk magenta.dk gmail.com users.noreply.github.com", domains, " ")
    t = 1400000000
    # the .mailmap folds every 10th author's second address onto their first
    mailmap = ""
    for (a = 0; a < AUTHORS; a += 10) {
        mailmap = mailmap "<" email(a) "> <" toupper(substr(alias(a), 1, 1)) substr(alias(a), 2) ">\n"
    }
    for (i = 1; i <= COMMITS; i++) {
        a = int((i * 7919) % AUTHORS)
        who = (a % 10 == 0 && i % 3 == 0) ? alias(a) : email(a)
        if (i % 5 == 0) who = toupper(substr(who, 1, 1)) substr(who, 2)
        printf "commit refs/heads/main\nmark :%d\n", i
        printf "author Author %d <%s> %d +0100\n", a, who, t + i * 60
        printf "committer Author %d <%s> %d +0100\n", a, who, t + i * 60
        msg = "change " i
        printf "data %d\n%s\n", length(msg), msg
        if (i > 1) printf "from :%d\n", i - 1
        content = "line " i " by " a "\n"
        printf "M 644 inline src/file%d.txt\ndata %d\n%s\n", i % 500, length(content), content
        if (i == 1) printf "M 644 inline .mailmap\ndata %d\n%s\n", length(mailmap), mailmap
        if (i % 1000 == 0) printf "reset refs/tags/v%d\nfrom :%d\n\n", i / 1000, i
    }
}
function email(a) { return "person" a "@" domains[(a % 8) + 1] }
function alias(a) { return "p" a ".private@gmail.com" }
