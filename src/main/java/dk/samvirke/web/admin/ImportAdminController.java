package dk.samvirke.web.admin;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.shared.RecordNotFoundException;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Importing a data package from the browser: upload a .zip, watch it being read, checked and written
 * (the page polls a fragment with htmx while the job runs, and works without JavaScript by reloading),
 * and read its problems by file and line in the page's language. Administrators only, like the API's
 * {@code POST /api/v1/admin/imports}, which does the same in one request.
 */
@Controller
class ImportAdminController {

    private final ImportJobs jobs;
    private final ImportProblemText problems;

    ImportAdminController(ImportJobs jobs, ImportProblemText problems) {
        this.jobs = jobs;
        this.problems = problems;
    }

    @GetMapping({"/admin/import", "/admin/import/"})
    ModelAndView page() {
        return AdminAccess.refusal().orElseGet(() -> new ModelAndView("admin/import").addObject("jobs", jobs.recentSnapshots()));
    }

    @PostMapping("/admin/import")
    ModelAndView upload(@RequestParam(value = "file", required = false) MultipartFile file) throws IOException {
        var refusal = AdminAccess.refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (file == null || file.isEmpty()) {
            var view = new ModelAndView("admin/import").addObject("jobs", jobs.recentSnapshots()).addObject("uploadError", "empty");
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return view;
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "package.zip"
                : file.getOriginalFilename().replaceAll("[\\\\/]", "_");
        String by = SignedInUser.current().map(SignedInUser::name).orElse(null);
        var job = jobs.start(name, file.getBytes(), by);
        return new ModelAndView("redirect:/admin/import/" + job.id());
    }

    @GetMapping("/admin/import/{id}")
    ModelAndView job(@PathVariable UUID id, Locale locale) {
        return AdminAccess.refusal().orElseGet(() -> jobView("admin/import-job", id, locale));
    }

    /** What htmx fetches every second while the job runs; the fragment stops polling once it is done. */
    @GetMapping("/admin/import/{id}/status")
    ModelAndView status(@PathVariable UUID id, Locale locale) {
        return AdminAccess.refusal().orElseGet(() -> jobView("admin/import-job :: progress", id, locale));
    }

    private ModelAndView jobView(String view, UUID id, Locale locale) {
        var job = jobs.find(id).orElseThrow(() -> new RecordNotFoundException("No import " + id));
        return new ModelAndView(view)
                .addObject("job", job)
                .addObject("problemsByFile", problems.byFile(job.problems(), locale));
    }
}
