from email.mime import MIMEMessage
