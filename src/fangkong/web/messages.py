"""Texts of the sign-in pages of web.account (merged into core.i18n by file name)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "account.security_link": ("账号安全", "Account security"),
    "account.password_title": ("修改密码", "Change your password"),
    "account.password_first": ("这是您首次登录:账号由管理员创建,请先设置只有您知道的密码,之后才能使用其他功能。",
                               "First sign-in: an administrator made this account. Choose a password only you "
                               "know before anything else."),
    "account.password_current": ("当前密码(管理员提供的临时密码)",
                                 "Current password (the temporary one you were given)"),
    "account.password_new": ("新密码", "New password"),
    "account.password_repeat": ("再次输入新密码", "New password again"),
    "account.password_rules": ("至少 10 位,含大写字母、小写字母、数字、符号中的三类(或 16 位以上的短语);"
                               "不能包含用户名,不能是常见密码。",
                               "At least 10 characters with three of upper-case, lower-case, digits, symbols "
                               "(or a phrase of 16 or more); not containing the username; not a common password."),
    "account.password_submit": ("保存新密码", "Save the new password"),
    "account.password_mismatch": ("两次输入的新密码不一致", "The two new passwords differ"),
    "account.totp_login_title": ("动态码验证", "Authenticator code"),
    "account.totp_login_hint": ("密码正确。请输入手机身份验证器中显示的 6 位动态码。",
                                "Password accepted. Enter the 6-digit code your authenticator app shows."),
    "account.totp_code": ("6 位动态码", "6-digit code"),
    "account.totp_lost": ("手机丢失?请联系系统管理员重置动态码(将记录审计)。",
                          "Lost the phone? Ask the administrator to reset your authenticator (audited)."),
    "account.totp_enrol_title": ("启用动态码(双重验证)", "Set up an authenticator (second factor)"),
    "account.totp_not_for_role": ("您的角色不使用动态码。", "Your role does not use an authenticator code."),
    "account.totp_done": ("已启用:以后登录时需输入动态码。", "Done: signing in now asks for a code."),
    "account.totp_enrolled": ("您已启用动态码;扫描下方新二维码并确认后将替换原设置。",
                              "You already use an authenticator; confirming the new QR code below replaces it."),
    "account.totp_scan": ("用身份验证器应用扫描二维码,然后输入它显示的动态码以确认。",
                          "Scan the QR code with an authenticator app, then enter the code it shows to confirm."),
    "account.totp_qr_alt": ("动态码二维码", "Authenticator QR code"),
    "account.totp_secret": ("无法扫码时手动输入密钥:", "Cannot scan? Type the key:"),
    "account.totp_confirm": ("确认启用", "Confirm"),
}
