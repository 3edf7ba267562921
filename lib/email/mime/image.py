from email.mime import MIMEImage
