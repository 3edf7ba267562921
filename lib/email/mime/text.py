from email.mime import MIMEText
