resource "aws_cloudwatch_log_group" "r11_0" {
  name = "${local.name}-11-0"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 10304 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r11_1" {
  name = "${local.name}-11-1"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 23568 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r11_2" {
  name = "${local.name}-11-2"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 80439 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r11_3" {
  name = "${local.name}-11-3"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 32475 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r11_4" {
  name = "${local.name}-11-4"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 70267 for benchmarks; mentions 0.0.0.0/0 only in text"
}

