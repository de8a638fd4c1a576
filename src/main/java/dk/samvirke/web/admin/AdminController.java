package dk.samvirke.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** The administrators' start page: where accounts and the history log are. */
@Controller
class AdminController {

    @GetMapping("/admin")
    ModelAndView index() {
        return AdminAccess.refusal().orElseGet(() -> new ModelAndView("admin/index"));
    }
}
