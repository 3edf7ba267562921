from email.mime import MIMENonMultipart
