from email.mime import MIMEBase
