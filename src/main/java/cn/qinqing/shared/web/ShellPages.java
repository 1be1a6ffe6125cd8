package cn.qinqing.shared.web;

import cn.qinqing.shared.security.CurrentUser;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the workbench (工作台), whose cards the modules contribute. */
@Controller
class ShellPages {

    private final List<WorkbenchCard> cards;

    ShellPages(List<WorkbenchCard> cards) {
        this.cards = cards;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        var user = CurrentUser.get();
        model.addAttribute("cards", cards.stream().map(c -> c.card(user)).flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(WorkbenchCard.Card::order)).toList());
        return "home";
    }
}
