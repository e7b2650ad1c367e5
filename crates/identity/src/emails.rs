//! The messages this module sends: plain text first, with a simple branded HTML twin.

fn escape(s: &str) -> String {
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

fn layout(heading: &str, paragraph: &str, button: &str, link: &str, footnote: &str) -> String {
    format!(
        r#"<!doctype html><html><body style="margin:0;background:#F4F7F9;font-family:Arial,Helvetica,sans-serif;color:#465B65">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 16px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px;padding:32px">
<tr><td style="font-size:22px;font-weight:bold;color:#106D7C;padding-bottom:16px">brandium</td></tr>
<tr><td style="font-size:18px;font-weight:bold;color:#1f2d33;padding-bottom:12px">{heading}</td></tr>
<tr><td style="font-size:15px;line-height:1.5;padding-bottom:24px">{paragraph}</td></tr>
<tr><td><a href="{link}" style="display:inline-block;background:#106D7C;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:bold">{button}</a></td></tr>
<tr><td style="font-size:12px;line-height:1.5;padding-top:24px;color:#5f7580">{footnote}<br>{link}</td></tr>
</table></td></tr></table></body></html>"#,
        heading = escape(heading),
        paragraph = escape(paragraph),
        button = escape(button),
        link = escape(link),
        footnote = escape(footnote),
    )
}

/// (subject, text, html)
pub fn invitation(
    org_name: &str,
    inviter: &str,
    role_label: &str,
    link: &str,
) -> (String, String, String) {
    let subject = format!("{inviter} invited you to {org_name} on Brandium");
    let paragraph =
        format!("{inviter} invited you to join {org_name} on Brandium as {role_label}.");
    let footnote =
        "The invitation is valid for 7 days. If you did not expect it, ignore this email.";
    let text = format!("{paragraph}\n\nAccept the invitation: {link}\n\n{footnote}\n");
    let html = layout(
        &format!("Join {org_name}"),
        &paragraph,
        "Accept invitation",
        link,
        footnote,
    );
    (subject, text, html)
}

pub fn password_reset(link: &str) -> (String, String, String) {
    let subject = "Reset your Brandium password".to_owned();
    let paragraph = "Someone asked to reset the password of your Brandium account. If it was you, choose a new password with the link below.";
    let footnote = "The link works once and expires in one hour. If you did not ask for it, ignore this email: your password stays the same.";
    let text = format!("{paragraph}\n\nReset your password: {link}\n\n{footnote}\n");
    let html = layout(
        "Reset your password",
        paragraph,
        "Choose a new password",
        link,
        footnote,
    );
    (subject, text, html)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invitation_names_everything_and_escapes_html() {
        let (subject, text, html) = invitation(
            "<Acme & Co>",
            "Ada",
            "Viewer",
            "http://x/accept-invite?token=abc",
        );
        assert_eq!(subject, "Ada invited you to <Acme & Co> on Brandium");
        assert!(text.contains("http://x/accept-invite?token=abc"));
        assert!(text.contains("as Viewer"));
        assert!(html.contains("&lt;Acme &amp; Co&gt;"));
        assert!(!html.contains("<Acme"));
    }

    #[test]
    fn reset_mail_carries_the_link() {
        let (_, text, html) = password_reset("http://x/reset-password?token=t1");
        assert!(text.contains("http://x/reset-password?token=t1"));
        assert!(html.contains("href=\"http://x/reset-password?token=t1\""));
    }
}
