from email.mime import MIMEApplication
