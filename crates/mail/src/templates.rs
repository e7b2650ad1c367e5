//! The transactional messages: subject, plain text and HTML for each.
//!
//! Every value from users (organization and person names) is HTML-escaped, and kept on one
//! line in the subject and text. The HTML uses inline styles and tables only, which is what
//! mail clients render reliably.

const TEAL: &str = "#106D7C";

/// `(subject, text, html)` inviting someone to an organization.
pub fn invitation(
    org_name: &str,
    inviter: &str,
    role_label: &str,
    link: &str,
) -> (String, String, String) {
    let (org, who, role) = (one_line(org_name), one_line(inviter), one_line(role_label));
    let subject = format!("{who} invited you to join {org} on Brandium");
    let text = format!(
        "Hello,\n\n{who} invited you to join {org} on Brandium as {role}.\n\n\
         Accept the invitation:\n{link}\n\n\
         If you were not expecting this invitation, you can ignore this email.\n"
    );
    let body = format!(
        "<h1 style=\"margin:0 0 16px;font-size:22px;color:#13262B;\">You're invited to {org}</h1>\
         <p style=\"margin:0 0 24px;\"><strong>{who}</strong> invited you to join <strong>{org}</strong> \
         on Brandium as <strong>{role}</strong>.</p>{button}",
        org = escape(&org),
        who = escape(&who),
        role = escape(&role),
        button = button("Accept invitation", link),
    );
    let html = layout(
        &subject,
        &body,
        "If you were not expecting this invitation, you can ignore this email.",
    );
    (subject, text, html)
}

/// `(subject, text, html)` with a password reset link.
pub fn password_reset(link: &str) -> (String, String, String) {
    let subject = "Reset your Brandium password".to_owned();
    let text = format!(
        "Hello,\n\nSomeone asked to reset the password of your Brandium account.\n\n\
         Choose a new password:\n{link}\n\n\
         The link works once and expires soon. If you did not ask for this, ignore this email: \
         your password stays as it is.\n"
    );
    let body = format!(
        "<h1 style=\"margin:0 0 16px;font-size:22px;color:#13262B;\">Reset your password</h1>\
         <p style=\"margin:0 0 24px;\">Someone asked to reset the password of your Brandium account.</p>{}",
        button("Choose a new password", link)
    );
    let html = layout(
        &subject,
        &body,
        "The link works once and expires soon. If you did not ask for this, ignore this email: your password stays as it is.",
    );
    (subject, text, html)
}

/// `(subject, text, html)` of an in-app notification sent by email too: a heading, one
/// paragraph and a button to the page it is about.
pub fn notification(
    subject: &str,
    body: &str,
    action: &str,
    link: &str,
) -> (String, String, String) {
    let (subject, body) = (one_line(subject), body.trim().to_owned());
    let text = format!("Hello,\n\n{body}\n\n{action}:\n{link}\n");
    let html_body = format!(
        "<h1 style=\"margin:0 0 16px;font-size:22px;color:#13262B;\">{heading}</h1>\
         <p style=\"margin:0 0 24px;white-space:pre-line;\">{text}</p>{button}",
        heading = escape(&subject),
        text = escape(&body),
        button = button(action, link),
    );
    let html = layout(
        &subject,
        &html_body,
        "You receive this email because you are a member of this organization on Brandium.",
    );
    (subject, text, html)
}

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A call-to-action button plus the raw link for clients that block buttons. Only http(s)
/// links become clickable, so a bad link can never turn into `javascript:`.
fn button(label: &str, link: &str) -> String {
    let clickable = link.starts_with("https://") || link.starts_with("http://");
    let href = if clickable {
        escape(link)
    } else {
        "#".to_owned()
    };
    format!(
        "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"margin:0 0 24px;\"><tr>\
         <td style=\"border-radius:6px;background:{TEAL};\">\
         <a href=\"{href}\" style=\"display:inline-block;padding:12px 24px;color:#FFFFFF;font-weight:600;\
         text-decoration:none;border-radius:6px;\">{label}</a></td></tr></table>\
         <p style=\"margin:0;font-size:13px;color:#5B6B70;\">If the button does not work, copy this link into your browser:<br>\
         <a href=\"{href}\" style=\"color:{TEAL};word-break:break-all;\">{text}</a></p>",
        label = escape(label),
        text = escape(link),
    )
}

fn layout(title: &str, body: &str, footer: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{title}</title></head>\
         <body style=\"margin:0;padding:0;background:#F2F6F7;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;\
         color:#1F2A2E;\">\
         <table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#F2F6F7;padding:24px 12px;\">\
         <tr><td align=\"center\">\
         <table role=\"presentation\" width=\"560\" cellpadding=\"0\" cellspacing=\"0\" \
         style=\"width:100%;max-width:560px;background:#FFFFFF;border-radius:8px;overflow:hidden;\">\
         <tr><td style=\"background:{TEAL};padding:20px 32px;color:#FFFFFF;font-size:20px;font-weight:700;\
         letter-spacing:0.5px;\">Brandium</td></tr>\
         <tr><td style=\"padding:32px;font-size:16px;line-height:1.5;\">{body}</td></tr>\
         <tr><td style=\"padding:16px 32px;border-top:1px solid #E1E8EA;font-size:12px;line-height:1.5;color:#5B6B70;\">{footer}</td></tr>\
         </table></td></tr></table></body></html>\n",
        title = escape(title),
        footer = escape(footer),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invitation_escapes_names_everywhere_in_html() {
        let (subject, text, html) = invitation(
            "<script>alert(1)</script> & Co",
            "Eve \"the\" <b>boss</b>",
            "Editor's role",
            "https://app.example.com/invite?token=a&b=c",
        );
        assert_eq!(
            subject,
            "Eve \"the\" <b>boss</b> invited you to join <script>alert(1)</script> & Co on Brandium"
        );
        assert!(text.contains("https://app.example.com/invite?token=a&b=c"));
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<b>boss"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"));
        assert!(html.contains("Eve &quot;the&quot; &lt;b&gt;boss&lt;/b&gt;"));
        assert!(html.contains("Editor&#39;s role"));
        assert!(html.contains("href=\"https://app.example.com/invite?token=a&amp;b=c\""));
        assert!(html.contains("#106D7C"));
    }

    #[test]
    fn notification_escapes_its_text() {
        let (subject, text, html) = notification(
            "Acme <b>guidelines</b>\nv2",
            "Ada published \"v2\" & more",
            "See what changed",
            "https://app.example.com/brands/1/revisions",
        );
        assert_eq!(subject, "Acme <b>guidelines</b> v2");
        assert!(text.contains("https://app.example.com/brands/1/revisions"));
        assert!(!html.contains("<b>guidelines"), "{html}");
        assert!(html.contains("Ada published &quot;v2&quot; &amp; more"));
        assert!(html.contains("See what changed"));
    }

    #[test]
    fn names_cannot_break_lines() {
        let (subject, text, _) = invitation(
            "Acme\r\nBcc: x@evil.test",
            "Ann",
            "Viewer",
            "https://x.test/i",
        );
        assert!(!subject.contains('\n') && !subject.contains('\r'));
        assert!(text.contains("join Acme Bcc: x@evil.test on Brandium"));
    }

    #[test]
    fn only_web_links_are_clickable() {
        let (_, _, html) = password_reset("javascript:alert(1)");
        assert!(html.contains("href=\"#\""));
        assert!(!html.contains("href=\"javascript"));
        let (subject, text, html) = password_reset("https://app.example.com/reset?token=xyz");
        assert_eq!(subject, "Reset your Brandium password");
        assert!(text.contains("https://app.example.com/reset?token=xyz"));
        assert!(html.contains("href=\"https://app.example.com/reset?token=xyz\""));
    }
}
