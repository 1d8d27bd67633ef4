resource "aws_dynamodb_table" "r11_0" {
  name = "${local.name}-11-0"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 53860 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r11_1" {
  name = "${local.name}-11-1"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 99044 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r11_2" {
  name = "${local.name}-11-2"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 17359 for benchmarks; mentions 0.0.0.0/0 only in text"
}

